using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Yardstick.Probes.Schemas;

/// <summary>Validates JSON text against a JSON Schema (JsonSchema.Net, draft 2020-12): the answer must parse and conform.</summary>
internal static class SchemaCheck
{
    public static (bool Valid, string Note) Validate(JsonObject schema, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return (false, $"not JSON ({e.Message.Split('.')[0]})");
        }
        using (document)
        {
            var compiled = JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            var result = compiled.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (result.IsValid)
                return (true, "valid against the schema");
            var first = result.Details?.FirstOrDefault(d => d.Errors is { Count: > 0 });
            var error = first?.Errors?.First();
            return (false, error is null ? "does not match the schema" : $"at '{first!.InstanceLocation}': {error.Value.Value}");
        }
    }
}
