using LLama;
using LLama.Common;
using Yardstick.Core.Providers;
using Yardstick.Local.Inference;
using Yardstick.Local.Tests.Support;

namespace Yardstick.Local.Tests.Inference;

public sealed class ChatPromptTests(TinyModelFixture model)
{
    [Fact]
    public void Renders_messages_with_the_chat_template_stored_in_the_file()
    {
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(model.ModelPath) { ContextSize = 64 });

        var prompt = ChatPrompt.Render(weights, [ChatMessage.System("Be brief."), ChatMessage.User("Hi")]);

        Assert.Equal("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n", prompt);
    }
}
