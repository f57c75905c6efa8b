namespace Yardstick.Core.Pages;

/// <summary>A row of the capability matrix: one probe, and its cell for each endpoint (null: not probed there).</summary>
public sealed record MatrixRow(string Probe, string? Capability, IReadOnlyList<MatrixCell?> Cells);
