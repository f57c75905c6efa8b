namespace Yardstick.Cli.Tests.Commands;

/// <summary>Every verb answers --help with its options (scripts and people depend on them).</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData(new[] { "up" }, "--port")]
    [InlineData(new[] { "serve" }, "--port")]
    [InlineData(new[] { "serve" }, "--data")]
    [InlineData(new[] { "catalog", "validate" }, "--catalog")]
    [InlineData(new[] { "catalog", "import" }, "--db")]
    [InlineData(new[] { "model", "create-tiny" }, "--out")]
    [InlineData(new[] { "model", "create-tiny" }, "--seed")]
    [InlineData(new[] { "serve-model" }, "--gguf")]
    [InlineData(new[] { "perf" }, "--base-url")]
    [InlineData(new[] { "perf" }, "--api-key-env")]
    [InlineData(new[] { "perf" }, "--prompt-tokens")]
    [InlineData(new[] { "probe" }, "--only")]
    [InlineData(new[] { "eval" }, "--eval")]
    [InlineData(new[] { "eval" }, "--samples")]
    [InlineData(new[] { "runs", "list" }, "--kind")]
    [InlineData(new[] { "prices", "import" }, "--format")]
    [InlineData(new[] { "prices", "import" }, "--mapping")]
    [InlineData(new[] { "perf" }, "--hourly-usd")]
    [InlineData(new[] { "up" }, "--hourly-usd")]
    public async Task Verb_help_lists_its_options(string[] verb, string option)
    {
        var result = await CliProcess.RunAsync([.. verb, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_level_help_lists_every_verb()
    {
        var result = await CliProcess.RunAsync(["--help"]);

        foreach (var verb in new[] { "up", "serve", "catalog", "model", "serve-model", "perf", "eval", "runs" })
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
    }
}
