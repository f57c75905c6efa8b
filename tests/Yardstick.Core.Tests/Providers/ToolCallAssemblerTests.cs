using Yardstick.Core.Providers;

namespace Yardstick.Core.Tests.Providers;

public sealed class ToolCallAssemblerTests
{
    [Fact]
    public void Fragments_join_by_index_keeping_the_first_id_and_name()
    {
        // Given fragments of two calls, interleaved, the name repeated in a later fragment of the first
        var assembler = new ToolCallAssembler();
        assembler.Add(new ToolCallDelta(0, 1, "call_b", "second", "{\"x\":"));
        assembler.Add(new ToolCallDelta(0, 0, "call_a", "first", ""));
        assembler.Add(new ToolCallDelta(0, 0, null, "first", "{}"));
        assembler.Add(new ToolCallDelta(0, 1, null, null, "1}"));

        // When the calls are taken
        var calls = assembler.Calls();

        // Then they come in index order, whole
        Assert.Equal([new ToolCall("call_a", "first", "{}"), new ToolCall("call_b", "second", "{\"x\":1}")], calls);
    }

    [Fact]
    public void A_call_streamed_without_an_id_gets_one_from_its_index()
    {
        var assembler = new ToolCallAssembler();
        Assert.False(assembler.HasCalls);

        assembler.Add(new ToolCallDelta(0, 3, null, "f", null));

        Assert.True(assembler.HasCalls);
        Assert.Equal(new ToolCall("call_3", "f", ""), Assert.Single(assembler.Calls()));
    }
}
