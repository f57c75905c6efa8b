namespace Yardstick.Core.Pages;

/// <summary>A column of the capability matrix: one probed endpoint, named by its catalog provider when known.</summary>
public sealed record MatrixEndpoint(string Key, string Label, string BaseUrl, string ApiStyle, string ModelId);
