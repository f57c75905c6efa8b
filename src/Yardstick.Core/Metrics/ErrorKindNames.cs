using System.Text;
using Yardstick.Core.Providers;

namespace Yardstick.Core.Metrics;

/// <summary>The snake_case names of <see cref="ErrorKind"/> used in summaries and JSON (<c>RateLimited</c> → <c>rate_limited</c>).</summary>
public static class ErrorKindNames
{
    public static string Of(ErrorKind kind)
    {
        var name = kind.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !(char.IsUpper(name[i - 1]) && (i + 1 == name.Length || char.IsUpper(name[i + 1]))))
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
