namespace Yardstick.Evals.Downloads;

/// <summary>
/// Where the published evals' files come from, pinned to the commits listed in each data folder's SOURCE.txt and
/// checked by SHA-256, so a download gives byte for byte the files the tests use. MMLU-Pro is published as Parquet
/// (Hugging Face) and is not downloaded: its JSON-lines layout has to be provided in the data folder.
/// </summary>
public static class PublishedFiles
{
    private const string Gsm8k = "https://raw.githubusercontent.com/openai/grade-school-math/3101c7d5072418e28b9008a6636bde82a006892c/grade_school_math/data/test.jsonl";
    private const string Math500 = "https://media.githubusercontent.com/media/openai/prm800k/7ecc794703b2877f63226f2477a49b34f9b25163/prm800k/math_splits/test.jsonl";
    private const string IfEval = "https://raw.githubusercontent.com/Podtech-AI/IFEval/5bdf377eb9cc20f16d377dc5c38413cee22550a6/data/input_data.jsonl";
    private const string TruthfulQa = "https://raw.githubusercontent.com/sylinrl/TruthfulQA/d71c110897f5d31c5d7f309e7bc316c152f6f031/data/mc_task.json";
    private const string Bbh = "https://raw.githubusercontent.com/suzgunmirac/BIG-Bench-Hard/9ee07bd481feebf959a6b59d61ea57bdcf30964d/bbh/";

    private static readonly Dictionary<string, string> BbhTasks = new(StringComparer.Ordinal)
    {
        ["boolean_expressions"] = "ea6c754ec005e2d3f2d085d349a740f593b5764f32ea4638ffed4cfc0061b12a",
        ["causal_judgement"] = "6e8bca44dd402008ed41c07a3d0a1d5e7b03db7001a7e002fcdf4c60985ea081",
        ["date_understanding"] = "0148d4ac5fca05b2f82373e5fef7208e15363b9c6079493034d77b3dab496bf5",
        ["disambiguation_qa"] = "cf06df9ebf911b883671cb1b35d3fbd1a1c306b19b9e9a012407e596c85fe8c6",
        ["dyck_languages"] = "3f9badedf15c2be1ce53d94fdf016299bb30ba231ef087ab9f51a7ed6d0bdc25",
        ["formal_fallacies"] = "4c1adb664821157faade1d4153685403afcc02648f3c180a608a18f17f589629",
        ["geometric_shapes"] = "07be68a124420caa2ebc0b2c858ad79fc55c5c8806170e496e1e17ebfb11f31c",
        ["hyperbaton"] = "b6d7f55c75f5d02f2987a4f3123802dfa093872089a56a334144aae8a7264fdc",
        ["logical_deduction_five_objects"] = "d2df31394b903b7f0e085d42a69572a092987856eac076799017d70ef266fa8f",
        ["logical_deduction_seven_objects"] = "2896c7e3482eea318dd37bcc370d24ec3cc91e8374c1784287b5dbd38a529e33",
        ["logical_deduction_three_objects"] = "e590fae72e3a6041fbd23bd8ff6b74baf44ca563f6ba40a041c55e7b867c1681",
        ["movie_recommendation"] = "a8b53a87ee21a865b7248e694f388a9b8f7cf6b839b11d44796a2dd3fc088983",
        ["multistep_arithmetic_two"] = "c9d5a6433c9b78256422a15c78463949c8bec8d85607aa28b52d7234ad4a8595",
        ["navigate"] = "b7944dfd3c81da5c4815bd75b00d6fa3c64140823498e78ed496f4c3d36f7f0d",
        ["object_counting"] = "8acef14dbbdd40d2326ef7755750b6b5fe919fef06276af1bab3f1c297f022ff",
        ["penguins_in_a_table"] = "bb87ee449698eee51215e025a453b1bcb2f5e6589c2063b2c79e68b8f0655228",
        ["reasoning_about_colored_objects"] = "0a8850cf95166020fce7a78244026ceedd7ea839302471512b4f8744e85a6a49",
        ["ruin_names"] = "b6f723aef2bafdd4c7bfc3c7e0329c7e8a8279391a609969c8ed76c9319f5f7f",
        ["salient_translation_error_detection"] = "becf3eb8dd53c821a555ecd5c1334ecd93eb25f980e63be963c518e7138de5da",
        ["snarks"] = "54a0661fe2de06167645a4965e6bcf963c4ba307e76262a7c750998b0e3d0d0e",
        ["sports_understanding"] = "63ca262858f6176864515cd8cf53cdaa40839ebecc155b726d77930855d167bf",
        ["temporal_sequences"] = "92a1189faaa84aacc4c405aaa13f13f48c2992eb884772eedb622505252baef5",
        ["tracking_shuffled_objects_five_objects"] = "2063a46a4fb484236ed4310523606543a3e1dd4a4dc34eda65d407910ece25a5",
        ["tracking_shuffled_objects_seven_objects"] = "b59fd05b850c37cf57cb514ae1e6975c00b1638ade2291722056b2af3c54084d",
        ["tracking_shuffled_objects_three_objects"] = "546cc7bf10c6a01a6a4c17ae28a4966485f21f29fd5d111f37858ec78e354f6b",
        ["web_of_lies"] = "3e60323f8514a107fdb4edf35f8832a9171c5a09c0eaa47823559de905e8ab8b",
        ["word_sorting"] = "2a6132d2c99f00d0d2eb1113ac6b4a918bd969d863c48749210d969713db8d43",
    };

    /// <summary>The files of an eval; empty for evals that need none (built-in) or cannot be downloaded (MMLU-Pro).</summary>
    public static IReadOnlyList<PublishedFile> For(string evalId) => evalId switch
    {
        "gsm8k" => [new("gsm8k/test.jsonl", new Uri(Gsm8k), "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14")],
        "math-500" => [new("math500/test.jsonl", new Uri(Math500), "35dc41080a3680858b27fa7e0533d2d547825316fc5dafe5d316f4ccc5a06132")],
        "ifeval" => [new("ifeval/input_data.jsonl", new Uri(IfEval), "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49")],
        "truthfulqa-mc1" => [new("truthfulqa/mc_task.json", new Uri(TruthfulQa), "c90d853454fd48c676accb33e16923ac438dbb6fb37ecc7c6a70e33c9e556e87")],
        "bbh" => BbhTasks.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new PublishedFile($"bbh/{t.Key}.json", new Uri(Bbh + t.Key + ".json"), t.Value)).ToList(),
        _ => [],
    };
}
