using Yardstick.Evals.ToolUse;

namespace Yardstick.Evals.Tests.ToolUse;

public sealed class FunctionCallingRefusalTests
{
    [Theory]
    // serve-model (Yardstick's own server): structured, param "tools", code unsupported_parameter
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"This model does not support tools (function calling).","type":"invalid_request_error","param":"tools","code":"unsupported_parameter"}}""")]
    // the same code on tool_choice, whatever the message says
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"Unsupported value.","type":"invalid_request_error","param":"tool_choice","code":"unsupported_value"}}""")]
    // vLLM started without --enable-auto-tool-choice
    [InlineData(400, """HTTP 400 Bad Request: {"object":"error","message":"\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set","type":"BadRequestError","param":null,"code":400}""")]
    // Ollama, a model without tools
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"registry.ollama.ai/library/gemma:2b does not support tools","type":"api_error","param":null,"code":null}}""")]
    // llama.cpp server without --jinja answers 500
    [InlineData(500, """HTTP 500 Internal Server Error: {"error":{"code":500,"message":"tools param requires --jinja flag","type":"server_error"}}""")]
    // a plain-text body
    [InlineData(400, "HTTP 400 Bad Request: Function calling is not supported by this deployment.")]
    [InlineData(400, """HTTP 400: {"error":{"message":"nope","code":"tools_not_supported"}}""")]
    public void Errors_that_say_tools_are_unsupported_are_refusals(int status, string message) =>
        Assert.True(FunctionCallingRefusal.IsRefusal(status, message));

    [Theory]
    // the endpoint supports tools but rejects one of our schemas: a failure, not "not supported"
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"Invalid schema for function 'cancel_order': 'order_id' is not valid under any of the given schemas.","type":"invalid_request_error","param":"tools[1].function.parameters","code":"invalid_function_parameters"}}""")]
    // "tool" in an unrelated message (the old substring test took these for refusals)
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"max_tokens is too large for this tool-augmented deployment's context","type":"invalid_request_error","param":"max_tokens","code":"invalid_value"}}""")]
    [InlineData(401, "HTTP 401 Unauthorized: invalid key for the toolkit gateway")]
    [InlineData(400, """HTTP 400 Bad Request: {"error":{"message":"'tools' is too long","param":"tools","code":"array_above_max_length"}}""")]
    // a rate limit or an overloaded server says nothing about support
    [InlineData(429, "HTTP 429 Too Many Requests: tools are not supported on the free tier right now")]
    [InlineData(503, "HTTP 503 Service Unavailable: function calling is not supported while degraded")]
    [InlineData(400, "")]
    public void Other_errors_are_not(int status, string message) =>
        Assert.False(FunctionCallingRefusal.IsRefusal(status, message));
}
