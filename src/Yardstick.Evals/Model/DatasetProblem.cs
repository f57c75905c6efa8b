namespace Yardstick.Evals.Model;

/// <summary>A dataset line that could not be read: where it is and why; counted and reported, never fatal.</summary>
public sealed record DatasetProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
