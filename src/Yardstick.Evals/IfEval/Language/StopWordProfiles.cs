namespace Yardstick.Evals.IfEval.Language;

/// <summary>
/// Stop-word profiles for the languages that share a script with others. Scripts used by one
/// language only (Thai, Hangul, Tamil, ...) need no profile: <see cref="LanguageDetector"/> maps them directly.
/// </summary>
internal static class StopWordProfiles
{
    public static readonly IReadOnlyList<StopWordProfile> All =
    [
        StopWordProfile.Of("en", Script.Latin, "the and of to is in that it for you with on are this be as have was not your will can or by from they we an at but if what my i our their which would there about more all has been these so how when a its into also than them who do over up out just like one any each other some only very"),
        StopWordProfile.Of("de", Script.Latin, "der die und das ist nicht mit ich sie es ein eine zu den dem des auf für von sich auch wir werden wird sind im aber oder wie bei nach noch kann einen einer dass über uns ihr diese haben in", "äöüß"),
        StopWordProfile.Of("fr", Script.Latin, "le la les et est des une un du que qui pour dans pas vous nous il elle sur avec ce cette au aux sont plus par mais ou je ne se leur être votre", "çèêœ"),
        StopWordProfile.Of("es", Script.Latin, "el la los las y que es en del un una por con para no se su al lo como más pero sus este esta son está muy también hay ser", "ñ¿¡"),
        StopWordProfile.Of("pt", Script.Latin, "o os as e que é do da dos das em um uma para com não por se mais na no como seu sua ao são você muito também está isso esse essa pelo pela", "ãõç"),
        StopWordProfile.Of("it", Script.Latin, "il lo la gli le e è che di del della un una per con non si sono come più anche ma nel nella questo questa alla ad dei delle ci hai ha molto sul sulla in da tra fra dal dalla suo sua mio mia io tu noi voi lui lei cosa quando dove perché ogni tutto tutti essere sei siamo era"),
        StopWordProfile.Of("nl", Script.Latin, "de het een en van is dat niet op te zijn voor met die er maar ook als bij om aan wat dit wordt naar hij zij je jij ik we ons uit worden"),
        StopWordProfile.Of("fi", Script.Latin, "ja on ei se että hän oli ovat mutta kun niin tämä joka myös sekä tai kuin ole olla voi sinun minä sinä me he jos vain nyt kanssa hyvin tässä joten mitä", "äö"),
        StopWordProfile.Of("sw", Script.Latin, "na ya wa za kwa ni la katika kuwa hii cha vya hiyo lakini kama pia sana yako wako yangu au kutoka hadi kila mimi wewe sisi wao ili huu hili kuna watu hakuna"),
        StopWordProfile.Of("vi", Script.Latin, "và của là các có những được trong cho không một người với để này đã khi cũng như từ bạn tôi chúng ra về sẽ rất nhiều đến năm làm thể", "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
        StopWordProfile.Of("id", Script.Latin, "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada adalah saya kami anda bisa mereka atau sudah"),
        StopWordProfile.Of("tr", Script.Latin, "ve bir bu da de için ile çok daha olarak gibi ama ne var olan sonra kadar değil ben sen biz her", "ğışç"),
        StopWordProfile.Of("pl", Script.Latin, "i w z na się nie do to że jest o jak od po za ale co tak przez dla są jego już może tylko czy oraz", "ąćęłńśźż"),
        StopWordProfile.Of("sv", Script.Latin, "och att det som en på är av för med till den inte har de om ett var jag vi men du kan så från", "åäö"),
        StopWordProfile.Of("ro", Script.Latin, "și în de la cu pe că nu este o un a care din pentru mai sunt fi se ce sau dar lui", "ășțâî"),
        StopWordProfile.Of("ru", Script.Cyrillic, "и в не на что я с он как это по но из у за от то же все так его для вы мы бы был она они если или только уже есть может когда этот", "ыэё"),
        StopWordProfile.Of("bg", Script.Cyrillic, "и в на е да се за от с не това са като по но че ще си към който която които или при един една ли бъде още има тя той те вие ние може", "ъ"),
        StopWordProfile.Of("uk", Script.Cyrillic, "і в на не що з та у до це як я й за від ви ми він вона вони бути є але для або також які який яка", "іїєґ"),
        StopWordProfile.Of("ar", Script.Arabic, "في من على أن إلى عن مع هذا هذه التي الذي كان ما لا أو هو هي كل بين قد ذلك إن", "يكة"),
        StopWordProfile.Of("fa", Script.Arabic, "و در به از که این را با است برای آن یک تا می های هم شود بر او ما شما کند نیز", "پچژگکی"),
        StopWordProfile.Of("ur", Script.Arabic, "کے کی ہے میں اور کا سے کو یہ ہیں نے پر ایک کہ بھی ہو تھا آپ لیے وہ", "ےہںٹڈڑ"),
        StopWordProfile.Of("hi", Script.Devanagari, "है और के की में से का को हैं यह नहीं एक पर भी लिए तो था कि आप हम जो कर होता करने रहा गया"),
        StopWordProfile.Of("mr", Script.Devanagari, "आहे आणि च्या हे ते या मध्ये करा नाही आहेत एक तुम्ही आम्ही होते त्या केले म्हणून पण किंवा साठी ही तो व करण्यासाठी", "ळ"),
        StopWordProfile.Of("ne", Script.Devanagari, "छ र को मा हो गर्न छन् पनि यो भएको लागि गरेको हुन्छ थियो तपाईं हामी एक त्यो यस वा छैन गर्छ भने सक्छ"),
    ];
}
