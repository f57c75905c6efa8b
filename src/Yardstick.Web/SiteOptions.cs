using Yardstick.Core.Evals;
using Yardstick.Core.Pricing;

namespace Yardstick.Web;

/// <summary>How the site listens and how it blends prices.</summary>
public sealed record SiteOptions
{
    /// <summary>Port on 127.0.0.1 when <see cref="Urls"/> is not set.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Overrides <see cref="Port"/>, e.g. <c>http://127.0.0.1:0</c> (port chosen by the system); loopback hosts only.</summary>
    public string? Urls { get; init; }

    public BlendRatio BlendRatio { get; init; } = BlendRatio.Default;

    /// <summary>
    /// The intelligence index the pages show (e.g. <c>Yardstick.Evals.Index.YardstickIndex.Current</c>); null shows
    /// each eval's score only.
    /// </summary>
    public IndexDefinition? Index { get; init; }
}
