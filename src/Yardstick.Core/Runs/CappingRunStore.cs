namespace Yardstick.Core.Runs;

/// <summary>Applies <see cref="SampleTextCaps"/> to every sample written through it, so no answer can take unbounded space.</summary>
public sealed class CappingRunStore(IRunStore inner, SampleTextCaps? caps = null) : DelegatingRunStore(inner)
{
    /// <summary>The caps this store applies.</summary>
    public SampleTextCaps Caps { get; } = caps ?? SampleTextCaps.Default;

    public override Task AppendSamplesAsync(IReadOnlyList<SampleRecord> samples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return base.AppendSamplesAsync(samples.Select(Caps.Apply).ToList(), cancellationToken);
    }
}
