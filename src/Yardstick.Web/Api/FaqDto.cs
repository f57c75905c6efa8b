using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

public sealed record FaqDto(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answer")] string Answer);
