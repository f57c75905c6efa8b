using System.Text.Json.Serialization;

namespace Yardstick.Evals.Definitions;

/// <summary>IFEval's per-instruction verdicts stored in a sample's DetailsJson, in the prompt's instruction order.</summary>
public sealed record InstructionDetails(
    [property: JsonPropertyName("instruction_ids")] IReadOnlyList<string> InstructionIds,
    [property: JsonPropertyName("strict")] IReadOnlyList<bool> Strict,
    [property: JsonPropertyName("loose")] IReadOnlyList<bool> Loose);
