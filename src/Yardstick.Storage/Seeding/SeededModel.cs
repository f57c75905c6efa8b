using Yardstick.Core.Catalog;

namespace Yardstick.Storage.Seeding;

/// <summary>One synthetic catalog model and its runs.</summary>
public sealed record SeededModel(ModelCard Card, IReadOnlyList<SeededRun> Runs);
