namespace Yardstick.Probes.Images;

/// <summary>An image Yardstick drew, the question about it and the answers that count as right (any of them, case-insensitive, whole word).</summary>
public sealed record TestImage(string Name, string Question, IReadOnlyList<string> Accepted, byte[] Png, byte[] Jpeg);
