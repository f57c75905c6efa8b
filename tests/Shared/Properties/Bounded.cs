namespace Yardstick.Testing.Properties;

/// <summary>
/// Runs one property-test case with a time bound, so that an input that makes a parser loop forever fails the test
/// (naming the bound) instead of hanging the whole run.
/// </summary>
internal static class Bounded
{
    public static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10);

    public static void Run(Action body)
    {
        var task = Task.Run(body);
        if (!task.Wait(PerCase))
            throw new TimeoutException($"One case took longer than {PerCase.TotalSeconds:0} s: it hangs.");
    }

    public static async Task RunAsync(Func<Task> body)
    {
        try
        {
            await Task.Run(body).WaitAsync(PerCase);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"One case took longer than {PerCase.TotalSeconds:0} s: it hangs.");
        }
    }
}
