using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class CodeExtractorTests
{
    [Theory]
    [InlineData("Here:\n```python\ndef f():\n    return 1\n```\nDone.", "def f():\n    return 1\n")]
    [InlineData("```python\ndef f():\n    return 0\n```\nBetter:\n```python\ndef f():\n    return 1\n```", "def f():\n    return 1\n")]
    [InlineData("```py\nx = 1\n```", "x = 1\n")]
    [InlineData("```python\ndef f():\n    return 1\n```\nOutput:\n```\n1\n```", "def f():\n    return 1\n")]
    [InlineData("```\ndef f():\n    return 1\n```", "def f():\n    return 1\n")]
    [InlineData("def f():\n    return 1", "def f():\n    return 1\n")]
    [InlineData("    return 1", "    return 1\n")]
    [InlineData("Sure:\n```python\ndef f():\n    return 1", "def f():\n    return 1\n")]
    public void Takes_the_last_python_block_or_the_bare_answer(string answer, string expected) =>
        Assert.Equal(expected, CodeExtractor.Extract(answer));

    [Theory]
    [InlineData("```python\n\n```")]
    [InlineData("```bash\nls\n```")]
    [InlineData("   ")]
    public void No_code_is_no_answer(string answer) => Assert.Null(CodeExtractor.Extract(answer));
}
