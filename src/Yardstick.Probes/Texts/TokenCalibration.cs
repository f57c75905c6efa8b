using System.Globalization;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Texts;

/// <summary>
/// How many of the endpoint's own tokens one o200k token of filler becomes: one short filler request, read from the
/// prompt_tokens it reports (1 when it reports none). Long prompts are sized with it, so that a model with a small
/// vocabulary is not sent a prompt several times longer than meant.
/// </summary>
internal static class TokenCalibration
{
    public const int Tokens = 400;

    /// <summary>Sends the calibration case; null when it was not answered (the probe should stop and report that).</summary>
    public static async Task<double?> MeasureAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var sent = await context.SendAsync("calibration", context.Body(FillerText.Text(Tokens, seed: 400) + "\nSay OK.", maxTokens: 4), cancellationToken).ConfigureAwait(false);
        if (!sent.Exchange.Answered)
            return null;
        var native = context.Read(sent).Usage?.PromptTokens;
        sent.Observe(string.Create(CultureInfo.InvariantCulture, $"calibration: {native?.ToString(CultureInfo.InvariantCulture) ?? "no"} native prompt tokens for {Tokens} o200k tokens"));
        return native is > 0 ? (double)native.Value / Tokens : 1.0;
    }
}
