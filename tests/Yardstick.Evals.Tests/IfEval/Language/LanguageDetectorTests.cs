using Yardstick.Evals.IfEval.Language;

namespace Yardstick.Evals.Tests.IfEval.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("The weather is nice today and we are going to the park.", "en")]
    [InlineData("Ich habe heute keine Zeit, weil ich mit meiner Familie in die Stadt fahre.", "de")]
    [InlineData("Nous allons à la plage avec les enfants pour passer une bonne journée.", "fr")]
    [InlineData("Los niños están jugando en el parque con sus amigos.", "es")]
    [InlineData("Os meninos estão brincando no parque com os seus amigos.", "pt")]
    [InlineData("Il gatto dorme sul divano e il cane gioca nel giardino.", "it")]
    [InlineData("Tôi rất thích đọc sách và nghe nhạc vào cuối tuần.", "vi")]
    [InlineData("Watoto wanacheza mpira katika uwanja wa shule kila siku.", "sw")]
    [InlineData("Minä asun Helsingissä ja olen opiskelija, mutta haluan muuttaa.", "fi")]
    [InlineData("Я не знаю, что он делает в этом городе.", "ru")]
    [InlineData("Аз не знам какво прави той в този град, но ще разбера.", "bg")]
    [InlineData("Я не знаю, що він робить у цьому місті.", "uk")]
    [InlineData("أنا أحب القراءة في المساء مع فنجان من القهوة.", "ar")]
    [InlineData("من کتاب را در کتابخانه به دوستم دادم.", "fa")]
    [InlineData("میں آج بازار جا رہا ہوں اور شام کو واپس آؤں گا۔", "ur")]
    [InlineData("मैं आज बाजार जा रहा हूँ और शाम को वापस आऊँगा।", "hi")]
    [InlineData("मी आज बाजारात जात आहे आणि संध्याकाळी परत येईन.", "mr")]
    [InlineData("म आज बजार जाँदैछु र साँझ घर फर्कन्छु।", "ne")]
    [InlineData("안녕하세요, 만나서 반갑습니다.", "ko")]
    [InlineData("私は毎日学校に行きます。", "ja")]
    [InlineData("我每天都去学校学习。", "zh-cn")]
    [InlineData("ฉันไปโรงเรียนทุกวัน", "th")]
    [InlineData("நான் தினமும் பள்ளிக்கு செல்கிறேன்", "ta")]
    [InlineData("আমি প্রতিদিন স্কুলে যাই", "bn")]
    public void Detects_the_languages_ifeval_asks_for(string text, string expected)
    {
        // When
        var language = LanguageDetector.Detect(text);

        // Then
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("1. PIXEL PRODIGY\n2. CODE CONSTRUCT\n3. DIGITAL DYNAMICS", "en")]
    [InlineData("YES", LanguageDetector.Undetermined)]
    public void Latin_text_without_stop_words_is_english_only_with_enough_words(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!! ???")]
    public void Text_without_letters_is_undetectable(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Fact]
    public void Links_are_ignored()
    {
        // Given English text around a link whose path is made of German stop words
        const string text = "see https://example.de/der/die/das/und/ist and the rest of it";

        // When
        var language = LanguageDetector.Detect(text);

        // Then
        Assert.Equal("en", language);
    }
}
