using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>The probed capability matrix: a column per endpoint, a row per probe; a cell is null where the probe did not run.</summary>
public sealed record CapabilityMatrixDto(
    [property: JsonPropertyName("endpoints")] IReadOnlyList<MatrixEndpointDto> Endpoints,
    [property: JsonPropertyName("rows")] IReadOnlyList<MatrixRowDto> Rows);

/// <summary>One probed endpoint: its catalog endpoint id (or API style, base URL and model), and the label a page shows.</summary>
public sealed record MatrixEndpointDto(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("base_url")] string BaseUrl,
    [property: JsonPropertyName("api_style")] string ApiStyle,
    [property: JsonPropertyName("model_id")] string ModelId);

/// <summary>One probe across the endpoints.</summary>
public sealed record MatrixRowDto(
    [property: JsonPropertyName("probe")] string Probe,
    [property: JsonPropertyName("capability")] string? Capability,
    [property: JsonPropertyName("cells")] IReadOnlyList<MatrixCellDto?> Cells);

/// <summary>A probe's newest outcome on one endpoint, with its evidence: the run, its samples and what was observed.</summary>
public sealed record MatrixCellDto(
    [property: JsonPropertyName("verified")] VerifiedDto Verified,
    [property: JsonPropertyName("observed")] IReadOnlyDictionary<string, string> Observed,
    [property: JsonPropertyName("samples")] IReadOnlyList<string> Samples);
