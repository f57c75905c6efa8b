using System.Text.Json.Serialization;

namespace Yardstick.Core.Evals;

/// <summary>
/// How often two graders (exact match and a judge) reached the same correct / not-correct decision on the same items:
/// raw agreement and Cohen's kappa (agreement beyond what the two graders' own rates would give by chance).
/// </summary>
public sealed record RaterAgreement
{
    /// <summary>Items both graders decided.</summary>
    [JsonPropertyName("n")] public required int N { get; init; }
    /// <summary>Share of the <see cref="N"/> items where both said the same (0–1); NaN-free: null when N is 0.</summary>
    [JsonPropertyName("raw")] public double? Raw { get; init; }
    /// <summary>Cohen's kappa, (p_o − p_e) / (1 − p_e); null when undefined (no items, or both graders constant so p_e = 1).</summary>
    [JsonPropertyName("kappa")] public double? Kappa { get; init; }
    /// <summary>Items where exact match said correct and the judge did not, and the reverse.</summary>
    [JsonPropertyName("exact_only")] public int ExactOnly { get; init; }
    [JsonPropertyName("judge_only")] public int JudgeOnly { get; init; }

    /// <summary>Agreement of the pairs (A, B), each the two graders' correct / not-correct decision on one item.</summary>
    public static RaterAgreement Of(IEnumerable<(bool A, bool B)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int both = 0, neither = 0, aOnly = 0, bOnly = 0;
        foreach (var (a, b) in pairs)
        {
            if (a && b)
                both++;
            else if (!a && !b)
                neither++;
            else if (a)
                aOnly++;
            else
                bOnly++;
        }
        var n = both + neither + aOnly + bOnly;
        if (n == 0)
            return new RaterAgreement { N = 0 };
        double total = n;
        var observed = (both + neither) / total;
        var aYes = (both + aOnly) / total;
        var bYes = (both + bOnly) / total;
        var chance = aYes * bYes + (1 - aYes) * (1 - bYes);
        // p_e = 1 only when both graders gave one and the same answer to everything: kappa is 0/0 there, not 1.
        double? kappa = 1 - chance < 1e-12 ? null : (observed - chance) / (1 - chance);
        return new RaterAgreement { N = n, Raw = observed, Kappa = kappa, ExactOnly = aOnly, JudgeOnly = bOnly };
    }
}
