using System.Globalization;
using Spectre.Console;
using Yardstick.Cli.Hosting;
using Yardstick.Evals.Running;

namespace Yardstick.Cli.Evals;

/// <summary>An eval's progress: percentage, ETA and running counts of correct, no-answer, failed, cached and resumed samples.</summary>
internal sealed class EvalProgressView : ProgressView<EvalProgress>
{
    public static EvalProgressView Default { get; } = new();

    protected override ProgressColumn TimeColumn => new RemainingTimeColumn();

    protected override int Completed(EvalProgress report) => report.Completed;

    protected override int Total(EvalProgress report) => report.Total;

    protected override string PlainSuffix(EvalProgress report) => report.Eta is { } remaining ? $"  ETA {remaining:hh\\:mm\\:ss}" : "";

    protected override string Describe(EvalProgress report)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{report.Completed}/{report.Total}  correct {report.Correct}  no answer {report.NoAnswer}  failed {report.Failed}");
        if (report.FromCache > 0)
            text += string.Create(CultureInfo.InvariantCulture, $"  cached {report.FromCache}");
        if (report.Resumed > 0)
            text += string.Create(CultureInfo.InvariantCulture, $"  resumed {report.Resumed}");
        return text + string.Create(CultureInfo.InvariantCulture, $"  out {report.OutputTokens:N0} tok");
    }
}
