namespace Yardstick.Cli.CommandLine;

/// <summary>
/// Reads the command line against the verb's declared options before Spectre binds it, so that a misspelt option or a
/// value that does not convert gets one plain sentence naming the option (and its range or a "did you mean" hint)
/// instead of a converter's message about Nullable`1. Spectre's strict parsing stays on behind it as a second net.
/// </summary>
internal static class CommandLineCheck
{
    private static readonly string[] HelpNames = ["--help", "-h", "-?"];

    /// <summary>The problem with <paramref name="args"/> as one sentence, or null when Spectre may take over.</summary>
    public static string? FindProblem(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> settingsByVerb)
    {
        var (verb, start) = FindVerb(args, settingsByVerb);
        if (verb is null)
            return null;
        var options = OptionSpec.Of(settingsByVerb[verb]);
        for (var i = start; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
                return null;
            if (!token.StartsWith('-') || HelpNames.Contains(token))
                continue;
            var separator = token.IndexOfAny(['=', ':']);
            var name = separator > 0 && token.StartsWith("--", StringComparison.Ordinal) ? token[..separator] : token;
            var option = options.FirstOrDefault(o => o.Names.Contains(name, StringComparer.Ordinal));
            if (option is null)
                return Unknown(name, verb, options);
            if (option.IsFlag)
                continue;
            var valueGiven = separator > 0 && name.Length < token.Length;
            if (option.ValueIsOptional && !valueGiven && (i + 1 >= args.Count || args[i + 1].StartsWith('-')))
                continue;
            string value;
            if (valueGiven)
                value = token[(separator + 1)..];
            else if (i + 1 < args.Count)
                value = args[++i];
            else
                return $"{option.Name} needs a value.";
            if ((option.IsNumber || option.ValueType.IsEnum) && !option.Converts(value))
                return $"{option.Requirement()} (got '{value}').";
        }
        return null;
    }

    private static (string? Verb, int Start) FindVerb(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> settingsByVerb)
    {
        // Longest match first: "catalog validate" before a hypothetical "catalog".
        for (var words = Math.Min(2, args.Count); words >= 1; words--)
        {
            var verb = string.Join(' ', args.Take(words));
            if (settingsByVerb.ContainsKey(verb))
                return (verb, words);
        }
        return (null, 0);
    }

    private static string Unknown(string name, string verb, IReadOnlyList<OptionSpec> options)
    {
        var closest = options.SelectMany(o => o.Names).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: EditDistance.Between(name, n)))
            .OrderBy(c => c.Distance).FirstOrDefault();
        // Within a third of the name's length (at least 2 edits): --concurency, --limt, --max-token; not --frobnicate.
        var hint = closest.Name is not null && closest.Distance <= Math.Max(2, name.Length / 3)
            ? $"Did you mean {closest.Name}?"
            : $"See 'yardstick {verb} --help'.";
        return $"unknown option {name} for '{verb}'. {hint}";
    }
}
