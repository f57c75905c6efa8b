using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Yardstick.Cli.Hosting;

/// <summary>Options of the verbs that talk to one HTTP endpoint (perf, probe): where, which model, the key's variable, the API style.</summary>
public class EndpointSettings : DataSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("API base URL, e.g. http://127.0.0.1:8000/v1 (OpenAI-compatible) or https://api.anthropic.com/v1.")]
    public string? BaseUrl { get; init; }

    [CommandOption("--model <ID>")]
    [Description("Model id sent to the endpoint.")]
    public string? Model { get; init; }

    [CommandOption("--api-key-env <VAR>")]
    [Description("Environment variable holding the API key (the key itself is never taken on the command line, logged or stored).")]
    public string? ApiKeyEnv { get; init; }

    [CommandOption("--api-style <STYLE>")]
    [Description("openai (chat completions, default) or anthropic (Messages).")]
    [DefaultValue("openai")]
    public string ApiStyle { get; init; } = "openai";

    /// <summary>The error of the endpoint options, or null when they are usable.</summary>
    protected ValidationResult? ValidateEndpoint()
    {
        if (string.IsNullOrWhiteSpace(BaseUrl) || !Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return ValidationResult.Error("--base-url must be an http(s) URL, e.g. http://127.0.0.1:8000/v1.");
        if (!string.IsNullOrEmpty(url.UserInfo))
            return ValidationResult.Error("--base-url must not carry credentials; put the key in an environment variable and pass --api-key-env.");
        if (string.IsNullOrWhiteSpace(Model))
            return ValidationResult.Error("--model is required.");
        if (ApiStyle is not ("openai" or "anthropic"))
            return ValidationResult.Error("--api-style must be openai or anthropic.");
        return null;
    }
}
