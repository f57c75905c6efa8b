using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yardstick.Local.Inference;

namespace Yardstick.Local.Server;

/// <summary>
/// Serves an in-process model as an OpenAI-compatible endpoint on 127.0.0.1: <c>GET /v1/models</c> and
/// <c>POST /v1/chat/completions</c>. Anything else gets a 404 in OpenAI's error shape.
/// </summary>
public static class OpenAiCompatibleServer
{
    /// <summary>Builds the host; start it with <c>StartAsync</c>/<c>RunAsync</c>. The caller keeps ownership of the provider.</summary>
    public static WebApplication Build(LlamaCompletionProvider provider, OpenAiServerOptions? options = null, Action<ILoggingBuilder>? configureLogging = null)
    {
        options ??= new OpenAiServerOptions();
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        var app = builder.Build();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Yardstick.Local.Server");
        var chat = new ChatCompletionEndpoint(provider, logger);
        app.MapGet("/v1/models", () => Results.Json(new
        {
            @object = "list",
            data = new[] { ModelObject(provider) },
        }));
        app.MapGet("/v1/models/{id}", (string id) => id == provider.ModelId
            ? Results.Json(ModelObject(provider))
            : Results.Json(ErrorBody($"The model '{id}' does not exist.", "model", "model_not_found"), statusCode: 404));
        app.MapPost("/v1/chat/completions", chat.HandleAsync);
        app.MapFallback((HttpContext context) => Results.Json(
            ErrorBody($"Unknown request URL: {context.Request.Method} {context.Request.Path}.", null, "unknown_url"), statusCode: 404));
        return app;
    }

    /// <summary>The address a started server listens on, e.g. <c>http://127.0.0.1:8080</c> (the OpenAI base URL adds <c>/v1</c>).</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The server has not started yet.");
        return new Uri(address);
    }

    private static object ModelObject(LlamaCompletionProvider provider) => new
    {
        id = provider.ModelId,
        @object = "model",
        created = new DateTimeOffset(File.GetLastWriteTimeUtc(provider.ModelPath)).ToUnixTimeSeconds(),
        owned_by = "yardstick",
        context_window = provider.ContextWindowTokens,
    };

    private static object ErrorBody(string message, string? param, string code) => new
    {
        error = new { message, type = "invalid_request_error", param, code },
    };
}
