using Yardstick.Providers.Http;

namespace Yardstick.Providers.OpenAiCompatible;

/// <summary>Options for an OpenAI-compatible <c>chat/completions</c> endpoint (vLLM, SGLang, llama.cpp, Ollama, hosted APIs).</summary>
public sealed class OpenAiChatProviderOptions : HttpProviderOptions
{
    /// <summary>
    /// Sends <c>ignore_eos: true</c> and <c>min_tokens</c> = the limit when a request asks to run to its token limit (vLLM, SGLang and llama.cpp accept it;
    /// hosted APIs may reject unknown fields, so it is off unless asked for).
    /// </summary>
    public bool SendIgnoreEos { get; init; }

    /// <summary>
    /// Names the token limit <c>max_completion_tokens</c> (OpenAI reasoning models) instead of <c>max_tokens</c>.
    /// </summary>
    public bool UseMaxCompletionTokens { get; init; }

    /// <summary>Asks for the trailing usage chunk (<c>stream_options.include_usage</c>); some older servers reject the field.</summary>
    public bool IncludeUsage { get; init; } = true;
}
