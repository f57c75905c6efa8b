namespace Yardstick.Local.Server;

/// <summary>A request the server rejects, with the fields of OpenAI's error object.</summary>
internal sealed class OpenAiRequestException(int statusCode, string message, string? param = null, string? code = null, string type = "invalid_request_error")
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string? Param { get; } = param;
    public string? Code { get; } = code;
    public string Type { get; } = type;
}
