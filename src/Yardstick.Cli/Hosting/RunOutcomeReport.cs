using Yardstick.Core.Runs;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// The exit code every runner's command shares: 1 when any of its runs was stored Failed (each reason printed to stderr),
/// else 0; so scripts never mistake a run that measured nothing for a result.
/// </summary>
internal static class RunOutcomeReport
{
    public const string MaxFailedShareDescription =
        "Largest share of failed requests (0 to 1) a run may have and still count; above it, or when nothing succeeded, the run is stored failed and the command exits 1.";

    public static async Task<int> ExitCodeAsync(IRunStore store, IEnumerable<string> runIds, CancellationToken cancellationToken)
    {
        var exitCode = 0;
        foreach (var id in runIds)
        {
            var run = await store.GetRunAsync(id, cancellationToken);
            if (run?.Status != RunStatus.Failed)
                continue;
            await Console.Error.WriteLineAsync($"failed: run {run.Id}: {run.FailureReason ?? "no reason was stored"}. It is not counted on any page.");
            exitCode = 1;
        }
        return exitCode;
    }

    /// <summary>Null when <paramref name="share"/> is a share from 0 to 1, else the plain error for the option.</summary>
    public static string? ProblemWith(double share) =>
        share is >= 0 and <= 1 ? null : "--max-failed-share must be a number from 0 to 1 (e.g. 0.5 for half of the requests).";
}
