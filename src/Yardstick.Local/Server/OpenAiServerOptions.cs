namespace Yardstick.Local.Server;

/// <summary>Where the OpenAI-compatible server listens: always the loopback interface.</summary>
public sealed record OpenAiServerOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read it back with <see cref="OpenAiCompatibleServer.BaseAddress"/>).</summary>
    public int Port { get; init; } = 8080;

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be between 0 and 65535.");
    }
}
