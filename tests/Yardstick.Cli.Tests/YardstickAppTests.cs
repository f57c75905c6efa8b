using System.Globalization;
using Yardstick.Cli.CommandLine;

namespace Yardstick.Cli.Tests;

/// <summary>
/// Every numeric option of every verb, given a value below, above or outside its type: exit code 2 and one plain
/// sentence naming the option, never a .NET type name or a documentation link. In-process: each fails before any work.
/// </summary>
public sealed class YardstickAppTests
{
    // Verbs with a required argument get one, so that the option's value is what is wrong.
    private static readonly Dictionary<string, string[]> RequiredArguments = new()
    {
        ["plan validate"] = ["plan.yaml"], ["plan apply"] = ["plan.yaml"], ["plan run"] = ["speed"],
    };

    public static TheoryData<string, string, string> BadValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (verb, type) in YardstickApp.SettingsByVerb)
        {
            foreach (var option in OptionSpec.Of(type).Where(o => o.IsNumber))
            {
                var range = option.Range!;
                data.Add(verb, option.Name, "abc");
                data.Add(verb, option.Name, "99999999999999999999999999999999");
                data.Add(verb, option.Name, Text(range.MinimumIsExclusive ? range.Minimum : range.Minimum - 1));
                data.Add(verb, option.Name, Text(range.Maximum + 1));
                if (!option.IsWholeNumber)
                {
                    data.Add(verb, option.Name, "NaN");
                    data.Add(verb, option.Name, "Infinity");
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_numeric_value_is_one_plain_sentence_and_exit_2(string verb, string option, string value)
    {
        using var error = new StringWriter();

        var exitCode = await YardstickApp.RunAsync([.. verb.Split(' '), .. RequiredArguments.GetValueOrDefault(verb, []), option, value], error,
            TestContext.Current.CancellationToken);

        var message = error.ToString().TrimEnd();
        Assert.Equal(YardstickApp.UsageError, exitCode);
        Assert.StartsWith($"error: {option} must be ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        foreach (var leak in new[] { "System.", "Nullable", "http", "Json", "`" })
            Assert.DoesNotContain(leak, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("perf", "--concurency", "8", "Did you mean --concurrency?")]
    [InlineData("eval", "--limt", "5", "Did you mean --limit?")]
    [InlineData("serve", "--prot", "0", "Did you mean --port?")]
    [InlineData("up", "--no-server", null, "Did you mean --no-serve?")]
    [InlineData("serve-model", "--paralel", "2", "Did you mean --parallel?")]
    [InlineData("catalog validate", "--catalgo", "x", "Did you mean --catalog?")]
    [InlineData("catalog import", "--dbb", "x", "Did you mean --db?")]
    [InlineData("model create-tiny", "--sed", "1", "Did you mean --seed?")]
    [InlineData("index", "--weigths", "x", "Did you mean --weights?")]
    [InlineData("eval-compare", "--run-c", "x", "Did you mean --run-a?")]
    [InlineData("runs list", "--kidn", "eval", "Did you mean --kind?")]
    public async Task Every_verb_refuses_a_misspelt_option_with_a_hint(string verb, string option, string? value, string hint)
    {
        using var error = new StringWriter();
        string[] args = value is null ? [.. verb.Split(' '), option] : [.. verb.Split(' '), option, value];

        var exitCode = await YardstickApp.RunAsync(args, error, TestContext.Current.CancellationToken);

        Assert.Equal(YardstickApp.UsageError, exitCode);
        Assert.Equal($"error: unknown option {option} for '{verb}'. {hint}", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task A_failed_Validate_is_a_usage_error()
    {
        using var error = new StringWriter();

        var exitCode = await YardstickApp.RunAsync(["eval", "--base-url", "http://127.0.0.1:1/v1", "--model", "m", "--eval", "gsm8k",
            "--data-dir", Path.Combine(Path.GetTempPath(), "yardstick-no-such-folder")], error, TestContext.Current.CancellationToken);

        Assert.Equal(YardstickApp.UsageError, exitCode);
        Assert.Contains("--data-dir", error.ToString(), StringComparison.Ordinal);
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
