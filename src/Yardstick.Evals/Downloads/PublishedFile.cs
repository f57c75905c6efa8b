namespace Yardstick.Evals.Downloads;

/// <summary>One published data file: where it goes in the data folder, where it is published (a pinned commit), and its SHA-256.</summary>
public sealed record PublishedFile(string RelativePath, Uri Url, string Sha256);
