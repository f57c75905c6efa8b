using System.Text.Json.Nodes;
using Yardstick.Probes.Schemas;

namespace Yardstick.Probes.Tests.Schemas;

public sealed class SchemaCheckTests
{
    private static readonly JsonObject Schema = JsonNode.Parse("""{"type":"object","properties":{"age":{"type":"integer"}},"required":["age"],"additionalProperties":false}""")!.AsObject();

    [Theory]
    [InlineData("{\"age\": 3}", true)]
    [InlineData("{\"age\": 3.5}", false)]
    [InlineData("{\"age\": 3, \"extra\": 1}", false)]
    [InlineData("{}", false)]
    [InlineData("not json", false)]
    public void Validates_against_the_schema(string json, bool valid) => Assert.Equal(valid, SchemaCheck.Validate(Schema, json).Valid);

    [Fact]
    public void The_same_schema_validates_twice() =>
        Assert.True(SchemaCheck.Validate(Schema, "{\"age\":1}").Valid && SchemaCheck.Validate(Schema, "{\"age\":2}").Valid);
}
