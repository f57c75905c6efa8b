using System.Text.Json.Serialization;

namespace Yardstick.Web.Api;

/// <summary>The body of every API error: <c>{"error": "…"}</c>.</summary>
public sealed record ErrorDto([property: JsonPropertyName("error")] string Error);
