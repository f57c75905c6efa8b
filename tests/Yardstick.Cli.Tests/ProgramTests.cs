namespace Yardstick.Cli.Tests;

/// <summary>The real program: user errors reach the terminal as one line with exit code 2.</summary>
public sealed class ProgramTests
{
    [Theory]
    [InlineData(new[] { "perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--concurency", "8" }, "error: unknown option --concurency for 'perf'. Did you mean --concurrency?")]
    [InlineData(new[] { "eval", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--eval", "builtin-arith", "--temperature", "NaN" }, "error: --temperature must be a number from 0 to 2 (got NaN).")]
    [InlineData(new[] { "eval", "--max-tokens", "99999999999" }, "error: --max-tokens must be a whole number from 1 to 1,000,000 (got '99999999999').")]
    [InlineData(new[] { "perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--prompt-tokens", "2000000000" }, "error: --prompt-tokens must be a whole number from 16 to 2,000,000 (got 2000000000).")]
    public async Task A_user_error_is_one_line_and_exit_code_2(string[] args, string expected)
    {
        var result = await CliProcess.RunAsync(args, timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
        Assert.Equal("", result.Output.Trim());
    }
}
