using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Yardstick.Core.Catalog;

namespace Yardstick.Web.Formatting;

/// <summary>Renders where a figure came from: a link to the published document, to the measuring run, or "user".</summary>
internal static class SourceLink
{
    public static IHtmlContent For(FactSource? source)
    {
        if (source is null)
            return Span("source not stated", "source missing");
        switch (source.Kind)
        {
            case FactSourceKind.Measured:
                return Anchor(Links.Run(source.Reference), $"measured: run {source.Reference}", "source measured");
            case FactSourceKind.User:
                return Span("entered by this instance's operator", "source");
            default:
                if (source.IsLink)
                    return Anchor(source.Reference, "published: " + ShortUrl(source.Reference), "source", external: true);
                return Span("published: " + source.Reference, "source");
        }
    }

    public static IHtmlContent Run(string runId) => Anchor(Links.Run(runId), "run " + runId, "source measured");

    private static string ShortUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host + (uri.AbsolutePath.Length > 1 ? uri.AbsolutePath : "") : url;

    private static TagBuilder Anchor(string href, string text, string cssClass, bool external = false)
    {
        var a = new TagBuilder("a");
        a.Attributes["href"] = href;
        a.AddCssClass(cssClass);
        if (external)
            a.Attributes["rel"] = "noopener noreferrer";
        a.InnerHtml.Append(text);
        return a;
    }

    private static TagBuilder Span(string text, string cssClass)
    {
        var span = new TagBuilder("span");
        span.AddCssClass(cssClass);
        span.InnerHtml.Append(text);
        return span;
    }
}
