using System.Text;

namespace Yardstick.Sandbox;

/// <summary>Reads a child's output to its end, keeping the first bytes only, so that a program printing forever cannot fill the host's memory.</summary>
internal static class CappedOutput
{
    public static async Task<(string Text, bool Truncated)> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var truncated = false;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var room = maxBytes - (int)kept.Length;
            if (room > 0)
                kept.Write(buffer, 0, Math.Min(room, read));
            truncated |= read > room;
        }
        return (Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), truncated);
    }
}
