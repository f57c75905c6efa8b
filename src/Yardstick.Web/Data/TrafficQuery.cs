using System.Globalization;
using Yardstick.Core.Pricing;

namespace Yardstick.Web.Data;

/// <summary>
/// The monthly traffic a reader sets in the query string (<c>input_tokens</c>, <c>output_tokens</c> per month, and
/// optionally <c>prompt_tokens</c> per request, which selects a long-context tier when the prompts are that long).
/// Missing values take the default; bad ones are reported, never guessed.
/// </summary>
internal static class TrafficQuery
{
    public const string InputParameter = "input_tokens";
    public const string OutputParameter = "output_tokens";
    public const string PromptParameter = "prompt_tokens";

    // A trillion tokens a month is far beyond any single deployment; larger numbers are typos.
    private const long MaximumTokens = 1_000_000_000_000;

    public static MonthlyTraffic Parse(string? input, string? output, out string? error) => Parse(input, output, null, out error);

    public static MonthlyTraffic Parse(string? input, string? output, string? prompt, out string? error)
    {
        var defaults = MonthlyTraffic.Default;
        var inputTokens = ParseOne(input, defaults.InputTokens, InputParameter, out var inputError);
        var outputTokens = ParseOne(output, defaults.OutputTokens, OutputParameter, out var outputError);
        string? promptError = null;
        long? promptTokens = string.IsNullOrWhiteSpace(prompt) ? null : ParseOne(prompt, 0, PromptParameter, out promptError, "per request");
        error = inputError ?? outputError ?? promptError;
        return error is null ? new MonthlyTraffic(inputTokens, outputTokens) { PromptTokensPerRequest = promptTokens } : defaults;
    }

    private static long ParseOne(string? text, long fallback, string name, out string? error, string per = "per month")
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        if (long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var tokens) && tokens <= MaximumTokens)
            return tokens;
        error = $"{name} must be a whole number of tokens {per} between 0 and {MaximumTokens:N0}; got '{text}'.";
        return fallback;
    }
}
