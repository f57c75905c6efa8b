using System.Text;
using CsCheck;
using Yardstick.Evals.Definitions;
using Yardstick.Evals.Model;
using Yardstick.Testing.Properties;

namespace Yardstick.Evals.Tests.Definitions;

/// <summary>
/// Every published eval's loader, given any content in its data file: items and reported problems, or an
/// <see cref="EvalDataException"/> naming the file; never another exception, never a hang. A downloaded file can be
/// truncated, a mirror can serve an HTML page, and a hand-edited line can hold anything.
/// </summary>
public sealed class DatasetLoaderPropertyTests
{
    /// <summary>Each eval's file under the data folder and the fields its lines or records carry.</summary>
    public static TheoryData<string, string, bool, string, string> Loaders() => new()
    {
        { Gsm8kEval.Name, "gsm8k/test.jsonl", true, """{"question":"What is 1+1?","answer":"1+1=2\n#### 2"}""", "question answer" },
        { Math500Eval.Name, "math500/test.jsonl", true, """{"problem":"1+1","answer":"2","unique_id":"test/a/1.json"}""", "problem answer unique_id" },
        { MmluProEval.Name, "mmlu-pro/test_0.jsonl", true, """{"question_id":1,"question":"q","options":["a","b","c"],"answer":"B","answer_index":1,"category":"math"}""",
            "question_id question options answer answer_index category" },
        { InstructionFollowingEval.Name, "ifeval/input_data.jsonl", true,
            """{"key":1,"prompt":"Write.","instruction_id_list":["length_constraints:number_words","keywords:existence","detectable_format:number_bullet_lists"],"kwargs":[{"relation":"at least","num_words":10},{"keywords":["x"]},{"num_bullets":2}]}""",
            "key prompt instruction_id_list kwargs language num_words relation num_sentences num_paragraphs nth_paragraph first_word keywords "
            + "forbidden_words keyword frequency letter let_frequency let_relation num_bullets num_highlights num_placeholders num_sections "
            + "section_spliter postscript_marker end_phrase prompt_to_repeat capital_frequency capital_relation "
            + "punctuation:no_comma keywords:existence length_constraints:number_words detectable_format:title change_case:english_lowercase "
            + "keywords:letter_frequency detectable_format:multiple_sections combination:repeat_prompt startend:end_checker language:response_language" },
        { BbhEval.Name, "bbh/task.json", false, """{"canary":"c","examples":[{"input":"i","target":"t"},{"input":"j","target":"(A)"}]}""", "examples input target canary" },
        { TruthfulQaMc1Eval.Name, "truthfulqa/mc_task.json", false, """[{"question":"q","mc1_targets":{"a":1,"b":0},"mc2_targets":{"a":1}}]""", "question mc1_targets mc2_targets" },
    };

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Any_data_file_loads_to_items_and_problems_or_a_data_error(string eval, string relativePath, bool jsonLines, string template, string fields)
    {
        var names = fields.Split(' ');
        var record = Gen.Frequency((1, Fragments.JsonValue(3, names)), (3, Fragments.Mutated(template, names)));
        var content = Gen.Frequency(
            (1, Gen.Byte.Array[0, 1024]),
            (2, Fragments.Damaged(jsonLines ? record.Array[0, 12].Select(lines => string.Join('\n', lines)) : record.Array[0, 8].Select(r => "[" + string.Join(",", r) + "]"))),
            (4, (jsonLines ? record.Array[0, 12].Select(lines => string.Join('\n', lines)) : record).Select(Encoding.UTF8.GetBytes)));

        content.Sample(bytes => Bounded.Run(() =>
        {
            var data = Directory.CreateTempSubdirectory("yardstick-dataset-property-").FullName;
            try
            {
                var path = Path.Combine(data, relativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
                try
                {
                    var dataset = EvalRegistry.Create(eval, data).Load();
                    Assert.All(dataset.Items, item => Assert.False(string.IsNullOrEmpty(item.PromptId)));
                }
                catch (EvalDataException)
                {
                    // The documented failure: the file as a whole is unusable, and the message names it.
                }
            }
            finally
            {
                Directory.Delete(data, recursive: true);
            }
        }), iter: 500);
    }
}
