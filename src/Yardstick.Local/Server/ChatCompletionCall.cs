using Yardstick.Core.Providers;

namespace Yardstick.Local.Server;

/// <summary>A validated <c>/v1/chat/completions</c> request.</summary>
internal sealed record ChatCompletionCall(string Model, CompletionRequest Request, bool Stream, bool IncludeUsage);
