using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Commands;

namespace Yardstick.Cli.Tests.CommandLine;

public sealed class OptionRangesTests
{
    [Fact]
    public void Defaults_are_inside_their_ranges()
    {
        foreach (var (verb, type) in YardstickApp.SettingsByVerb)
        {
            var settings = (Spectre.Console.Cli.CommandSettings)Activator.CreateInstance(type)!;
            Assert.True(OptionRanges.Check(settings).Successful, $"a default of '{verb}' is outside its range");
        }
    }

    [Fact]
    public void Every_numeric_option_of_every_verb_states_its_range()
    {
        var missing = YardstickApp.SettingsByVerb
            .SelectMany(v => OptionSpec.Of(v.Value).Where(o => o.IsNumber && o.Range is null).Select(o => $"{v.Key} {o.Name}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    [InlineData(2.01)]
    public void Temperature_outside_0_to_2_is_refused(double temperature)
    {
        var result = OptionRanges.Check(new EvalCommand.Settings { Temperature = temperature });

        Assert.False(result.Successful);
        Assert.StartsWith("--temperature must be a number from 0 to 2 (got ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prompt_beyond_every_context_window_is_refused_before_it_is_built()
    {
        var result = OptionRanges.Check(new PerfCommand.Settings { PromptTokens = 2_000_000_000 });

        Assert.Equal("--prompt-tokens must be a whole number from 16 to 2,000,000 (got 2000000000).", result.Message);
    }

    [Fact]
    public void An_exclusive_minimum_refuses_the_minimum_itself()
    {
        Assert.False(OptionRanges.Check(new PerfCommand.Settings { TimeoutSeconds = 0 }).Successful);
        Assert.True(OptionRanges.Check(new PerfCommand.Settings { TimeoutSeconds = 0.001 }).Successful);
    }
}
