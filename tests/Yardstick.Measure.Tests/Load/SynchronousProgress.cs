namespace Yardstick.Measure.Tests.Load;

/// <summary>Reports on the caller's thread, so that a test can cancel at an exact point (Progress posts to the pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
