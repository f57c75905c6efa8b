using System.Text.RegularExpressions;

namespace Yardstick.Core.Secrets;

/// <summary>
/// Removes secrets from text before Yardstick stores, prints or serves it: every value registered (each API key read from
/// an <c>--api-key-env</c> variable, registered when its provider is created) and anything shaped like a credential
/// (<c>Bearer …</c>, <c>sk-…</c>, <c>sk-ant-…</c>, <c>x-api-key: …</c>, <c>api-key=…</c>). One instance per process or
/// command, passed to whoever writes; thread-safe.
/// </summary>
public sealed partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "[redacted]";

    // Shorter values are not keys and would mask ordinary words.
    private const int MinimumSecretLength = 6;

    private readonly Lock _lock = new();
    private string[] _secrets = [];

    /// <summary>Adds a known secret value (ignored when null, blank or too short to be a key).</summary>
    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < MinimumSecretLength)
            return;
        lock (_lock)
        {
            // Longest first, so that a key containing another registered key is masked whole.
            _secrets = [.. _secrets.Concat([secret, secret.Trim()]).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];
        }
    }

    /// <summary>A redactor that knows the value of every environment variable a command line names with <c>--api-key-env</c>.</summary>
    public static SecretRedactor ForCommandLine(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var redactor = new SecretRedactor();
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i] == "--api-key-env" && i + 1 < arguments.Count ? arguments[i + 1]
                : arguments[i].StartsWith("--api-key-env=", StringComparison.Ordinal) ? arguments[i]["--api-key-env=".Length..]
                : null;
            if (!string.IsNullOrWhiteSpace(name))
                redactor.Register(Environment.GetEnvironmentVariable(name));
        }
        return redactor;
    }

    /// <summary><paramref name="text"/> with every known secret and credential-shaped token replaced by <see cref="Mask"/>.</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        foreach (var secret in Volatile.Read(ref _secrets))
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        text = BearerToken().Replace(text, "${scheme} " + Mask);
        text = KeyHeaderOrParameter().Replace(text, "${name}${separator}" + Mask);
        return SkToken().Replace(text, Mask);
    }

    [GeneratedRegex(@"(?<scheme>\bBearer)\s+[A-Za-z0-9._~+/=-]{4,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    // x-api-key: …, api-key=…, api_key: "…", apikey=… (headers, query strings, JSON, logs); the value ends at a space, quote or separator.
    [GeneratedRegex(@"(?<name>\b(?:x-)?api[-_]?key)(?<separator>[""']?\s*[:=]\s*[""']?)(?!\[redacted\])[^\s""'\\,;&}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyHeaderOrParameter();

    [GeneratedRegex(@"\bsk-(?:ant-)?[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex SkToken();
}
