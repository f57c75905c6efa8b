using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yardstick.Web.Pages;

/// <summary>The page shown for 404s and server errors (re-executed by the status-code and exception middleware).</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        // Visited directly, the page answers with the status it describes, so a crawler never sees a 200 error page.
        if (original is null && code is >= 400 and <= 599)
            Response.StatusCode = code;
        (Heading, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Not found", NotFoundMessage(original)),
            StatusCodes.Status400BadRequest when original?.StartsWith("/compare/", StringComparison.OrdinalIgnoreCase) == true =>
                ("Choose two different models", "A comparison needs two different models."),
            >= 500 => ("Something went wrong", "The site could not build this page. The error is in the site's log; other pages still work."),
            _ => ($"HTTP {code}", $"The request for {original ?? "this page"} could not be answered (HTTP {code})."),
        };
    }

    private static string NotFoundMessage(string? path)
    {
        if (path is null)
            return "There is nothing at this address.";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["models", var slug] => $"No model with slug '{Uri.UnescapeDataString(slug)}' is in this catalog.",
            ["compare", _, _] => "One of the two models is not in this catalog.",
            ["runs", var id] => $"No run with id '{Uri.UnescapeDataString(id)}' is stored here.",
            _ => $"There is nothing at {path}.",
        };
    }
}
