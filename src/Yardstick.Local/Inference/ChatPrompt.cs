using LLama;
using LLama.Exceptions;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Inference;

/// <summary>Renders chat messages with the chat template stored in the GGUF file (ChatML when the file has none that llama.cpp knows).</summary>
internal static class ChatPrompt
{
    public static string Render(LLamaWeights weights, IReadOnlyList<ChatMessage> messages)
    {
        try
        {
            return Apply(new LLamaTemplate(weights), messages);
        }
        catch (MissingTemplateException)
        {
            return Apply(new LLamaTemplate("chatml"), messages);
        }
    }

    private static string Apply(LLamaTemplate template, IReadOnlyList<ChatMessage> messages)
    {
        template.AddAssistant = true;
        foreach (var message in messages)
            template.Add(message.Role, message.Content);
        return LLamaTemplate.Encoding.GetString(template.Apply());
    }
}
