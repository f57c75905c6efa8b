using Yardstick.Cli.CommandLine;

namespace Yardstick.Cli.Tests.CommandLine;

public sealed class CommandLineCheckTests
{
    private static string? Problem(params string[] args) => CommandLineCheck.FindProblem(args, YardstickApp.SettingsByVerb);

    [Theory]
    [InlineData("perf --concurency 8", "unknown option --concurency for 'perf'. Did you mean --concurrency?")]
    [InlineData("eval --limt 5", "unknown option --limt for 'eval'. Did you mean --limit?")]
    [InlineData("runs list --modle x", "unknown option --modle for 'runs list'. Did you mean --model?")]
    [InlineData("perf --frobnicate", "unknown option --frobnicate for 'perf'. See 'yardstick perf --help'.")]
    [InlineData("serve -x", "unknown option -x for 'serve'. See 'yardstick serve --help'.")]
    public void An_unknown_option_is_named_with_the_closest_one(string line, string expected)
    {
        Assert.Equal(expected, Problem(line.Split(' ')));
    }

    [Theory]
    [InlineData("eval --max-tokens 99999999999", "--max-tokens must be a whole number from 1 to 1,000,000 (got '99999999999').")]
    [InlineData("eval --temperature abc", "--temperature must be a number from 0 to 2 (got 'abc').")]
    [InlineData("perf --timeout=soon", "--timeout must be a number above 0 and at most 3,600 (got 'soon').")]
    [InlineData("runs list --kind bogus", "--kind must be one of: perf, eval, probe, judge (got 'bogus').")]
    public void A_value_that_does_not_convert_names_the_option_and_its_range(string line, string expected)
    {
        Assert.Equal(expected, Problem(line.Split(' ')));
    }

    [Theory]
    [InlineData("perf --base-url http://127.0.0.1:1/v1 --model m --concurrency 8 --ignore-eos --json out.json")]
    [InlineData("eval --no-cache --temperature 0.5 --limit=3 --base-url http://127.0.0.1:1/v1")]
    [InlineData("eval --temperature -1")] // converts; Validate() rejects the range
    [InlineData("perf --find-max-load --slo-ttft 1")]        // an optional value left out reads as a flag
    [InlineData("perf --find-max-load rate --slo-ttft 1")]
    [InlineData("perf --slo-ttft 1 --find-max-load")]
    [InlineData("catalog validate --catalog some/dir")]
    [InlineData("perf --help")]
    [InlineData("--help")]
    [InlineData("no-such-verb --whatever")] // Spectre answers unknown verbs itself
    public void A_well_formed_line_is_left_to_Spectre(string line)
    {
        Assert.Null(Problem(line.Split(' ')));
    }

    [Fact]
    public void Values_that_look_like_options_are_taken_as_values()
    {
        Assert.Null(Problem("perf", "--model", "--concurency"));
    }

    [Fact]
    public void An_option_without_its_value_is_named()
    {
        Assert.Equal("--requests needs a value.", Problem("perf", "--requests"));
    }
}
