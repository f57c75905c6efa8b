namespace Yardstick.Core.Sandbox;

/// <summary>Untrusted code cannot be isolated on this machine (no bubblewrap, no namespaces); the message says what to install or enable.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
