namespace Yardstick.Core.Catalog;

/// <summary>How an endpoint is called.</summary>
public enum ApiStyle
{
    /// <summary>OpenAI-compatible <c>/v1/chat/completions</c> (vLLM, SGLang, llama.cpp, Ollama, hosted APIs).</summary>
    OpenAiChat,
    /// <summary>Anthropic Messages API.</summary>
    AnthropicMessages,
    /// <summary>A GGUF file run in-process through LLamaSharp.</summary>
    InProcessGguf,
}
