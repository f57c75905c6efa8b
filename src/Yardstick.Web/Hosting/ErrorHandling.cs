using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Yardstick.Web.Api;

namespace Yardstick.Web.Hosting;

/// <summary>
/// Nothing crashes the site: API paths answer errors as JSON <c>{"error": "…"}</c>, pages as the status page.
/// Unknown routes are 404s in the same two forms.
/// </summary>
internal static class ErrorHandling
{
    public static void Use(WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteApiExceptionAsync });
            api.UseStatusCodePages(context => WriteApiStatusAsync(context.HttpContext));
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            site.UseExceptionHandler("/status/500");
            site.UseStatusCodePagesWithReExecute("/status/{0}");
        });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteApiExceptionAsync(HttpContext context)
    {
        // The exception middleware has logged the exception already; the client gets its type, not its details.
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsJsonAsync(new ErrorDto($"The server failed to answer: {error?.GetType().Name ?? "unknown error"}. The site log has the details."));
    }

    private static Task WriteApiStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status404NotFound => $"Nothing at {context.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}; the API is read-only (GET).",
            _ => $"The request failed with HTTP {status}.",
        };
        return context.Response.WriteAsJsonAsync(new ErrorDto(message));
    }
}
