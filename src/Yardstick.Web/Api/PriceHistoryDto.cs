using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>A model's price history: every dated record of its endpoints, newest first.</summary>
public sealed record PriceHistoryDto(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("records")] IReadOnlyList<PriceRecordDto> Records);
