using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Evals;
using Yardstick.Core.Runs;

namespace Yardstick.Cli.Evals;

/// <summary>
/// `yardstick eval-compare --run-a RUN --run-b RUN`: the score difference A − B of two runs of the same eval with its 95 %
/// interval and the test behind it (<see cref="PairedComparison"/>): exact McNemar or a paired bootstrap when both runs
/// asked the same questions, Newcombe's interval for independent proportions when not.
/// </summary>
public sealed class EvalCompareCommand : AsyncCommand<EvalCompareCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--run-a <RUN_ID>")]
        [Description("First eval run.")]
        public string? A { get; init; }

        [CommandOption("--run-b <RUN_ID>")]
        [Description("Second eval run (same eval and version).")]
        public string? B { get; init; }

        public override ValidationResult Validate() =>
            OptionRanges.Check(this) is { Successful: false } outOfRange ? outOfRange
            : string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B) ? ValidationResult.Error("--run-a and --run-b (two eval run ids) are required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        var runA = await storage.Runs.GetRunAsync(settings.A!, cancellationToken);
        var runB = await storage.Runs.GetRunAsync(settings.B!, cancellationToken);
        var problem = runA is null ? $"run {settings.A} not found"
            : runB is null ? $"run {settings.B} not found"
            : runA.Kind != RunKind.Eval || runB.Kind != RunKind.Eval ? "both runs must be eval runs"
            : runA.Task != runB.Task || runA.TaskVersion != runB.TaskVersion ? $"different evals: {runA.Task} v{runA.TaskVersion} vs {runB.Task} v{runB.TaskVersion}"
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine($"error: {problem}.");
            return 2;
        }
        var samplesA = EvalAnalysis.Effective(await storage.Runs.GetSamplesAsync(runA!.Id, cancellationToken));
        var samplesB = EvalAnalysis.Effective(await storage.Runs.GetSamplesAsync(runB!.Id, cancellationToken));
        if (samplesA.Count == 0 || samplesB.Count == 0)
        {
            Console.Error.WriteLine("error: a run has no samples.");
            return 2;
        }
        var summaryA = EvalAnalysis.Summarise(runA.Task, runA.TaskVersion ?? "", samplesA);
        var summaryB = EvalAnalysis.Summarise(runB.Task, runB.TaskVersion ?? "", samplesB);
        var comparison = PairedComparison.Of(samplesA, samplesB);
        var difference = comparison.Difference;
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runA.Task} v{runA.TaskVersion}: A {runA.ModelSlug ?? runA.ModelId} {100 * summaryA.Score:0.0}% (n={summaryA.N}), B {runB.ModelSlug ?? runB.ModelId} {100 * summaryB.Score:0.0}% (n={summaryB.N})"));
        var verdict = difference.ExcludesZero ? "the difference is unlikely to be chance." : "the interval includes zero: no clear difference.";
        var method = comparison.Paired ? "paired by question" : "unpaired";
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A − B = {100 * difference.Estimate:+0.0;-0.0;0.0} points, 95% CI {100 * difference.Lower:+0.0;-0.0;0.0} to {100 * difference.Upper:+0.0;-0.0;0.0} ({method}); {verdict}"));
        var pValue = comparison.PValue is { } p ? string.Create(CultureInfo.InvariantCulture, $"p = {p:0.####}") : "no p-value";
        AnsiConsole.WriteLine($"test: {comparison.Test}; {pValue}.");
        return 0;
    }
}
