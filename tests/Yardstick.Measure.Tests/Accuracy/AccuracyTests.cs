namespace Yardstick.Measure.Tests.Accuracy;

/// <summary>The accuracy tests' collection: its classes run one after another, never beside each other.</summary>
[CollectionDefinition(nameof(AccuracyTests), DisableParallelization = true)]
public sealed class AccuracyTests;
