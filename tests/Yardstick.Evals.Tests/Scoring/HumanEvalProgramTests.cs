using Yardstick.Evals.Model;
using Yardstick.Evals.Scoring;

namespace Yardstick.Evals.Tests.Scoring;

public sealed class HumanEvalProgramTests
{
    private static readonly CodeTaskItem Task = new("HumanEval/x", "prompt", "    return a + b\n",
        "import math\n\ndef add(a, b):\n    \"\"\"Adds.\"\"\"\n", "def check(candidate):\n    assert candidate(1, 2) == 3\n", "add");

    [Fact]
    public void A_body_completes_the_task_code_as_the_official_harness_does()
    {
        var program = HumanEvalProgram.Build(Task, "    return a + b\n");

        Assert.Equal(Task.TaskCode + "    return a + b\n" + "\n" + Task.Test + "\ncheck(add)\n", program);
    }

    [Theory]
    [InlineData("return a + b\n", "    return a + b\n")]
    [InlineData("s = a + b\n    \nreturn s\n", "    s = a + b\n        \n    return s\n")]
    [InlineData("for x in [a]:\n        return x + b\n", "    for x in [a]:\n        return x + b\n")]
    public void A_body_that_lost_its_first_indentation_to_trimming_gets_it_back(string code, string body) =>
        Assert.StartsWith(Task.TaskCode + body, HumanEvalProgram.Build(Task, code), StringComparison.Ordinal);

    [Fact]
    public void A_whole_function_follows_the_task_code_and_replaces_its_stub()
    {
        var program = HumanEvalProgram.Build(Task, "def add(a, b):\n    return a + b\n");

        Assert.StartsWith(Task.TaskCode + "\ndef add(a, b):", program, StringComparison.Ordinal);
        Assert.EndsWith("check(add)\n", program, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("def add(a, b):\n", true)]
    [InlineData("import os\ndef add (a, b):\n", true)]
    [InlineData("async def add(a):\n", true)]
    [InlineData("    def add(a):\n", false)]
    [InlineData("def add_one(a):\n", false)]
    [InlineData("    return add(a)\n", false)]
    public void Recognises_a_top_level_definition_of_the_entry_point(string code, bool defines) =>
        Assert.Equal(defines, HumanEvalProgram.DefinesEntryPoint(code, "add"));
}
