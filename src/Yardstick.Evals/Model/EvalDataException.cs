namespace Yardstick.Evals.Model;

/// <summary>An eval's data cannot be used at all (folder or file missing, nothing readable); the message says what to pass.</summary>
public sealed class EvalDataException(string message, Exception? inner = null) : Exception(message, inner);
