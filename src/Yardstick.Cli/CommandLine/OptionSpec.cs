using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace Yardstick.Cli.CommandLine;

/// <summary>One option of a verb as its Settings class declares it: its names, whether it takes a value, its range.</summary>
internal sealed record OptionSpec(IReadOnlyList<string> Names, PropertyInfo Property, bool IsFlag, OptionRangeAttribute? Range)
{
    public string Name => Names[0];

    /// <summary>An option whose value may be left out (<c>--find-max-load [BY]</c>): bare, it reads as a flag.</summary>
    public bool ValueIsOptional { get; init; }

    /// <summary>The property's type without Nullable: int, long, double, decimal, an enum, string, bool.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    public bool IsWholeNumber => ValueType == typeof(int) || ValueType == typeof(long);

    public bool IsNumber => IsWholeNumber || ValueType == typeof(double) || ValueType == typeof(float) || ValueType == typeof(decimal);

    /// <summary>The options of a Settings class (its own and inherited), in declaration order.</summary>
    public static IReadOnlyList<OptionSpec> Of(Type settingsType) =>
        [.. settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(p => p.Option is not null)
            .Select(p => new OptionSpec(
                [.. p.Option!.LongNames.Select(n => "--" + n), .. p.Option.ShortNames.Select(n => "-" + n)],
                p.Property,
                p.Option.ValueName is null || p.Property.PropertyType == typeof(bool),
                p.Property.GetCustomAttribute<OptionRangeAttribute>())
            {
                ValueIsOptional = p.Option.ValueIsOptional,
            })];

    /// <summary>One sentence stating what the option accepts, e.g. "--max-tokens must be a whole number from 1 to 1,000,000".</summary>
    public string Requirement()
    {
        if (ValueType.IsEnum)
            return $"{Name} must be one of: {string.Join(", ", Enum.GetNames(ValueType).Select(n => n.ToLowerInvariant()))}";
        var what = IsWholeNumber ? "a whole number" : "a number";
        if (Range is null)
            return $"{Name} must be {what}";
        return Range.MinimumIsExclusive
            ? $"{Name} must be {what} above {Format(Range.Minimum)} and at most {Format(Range.Maximum)}"
            : $"{Name} must be {what} from {Format(Range.Minimum)} to {Format(Range.Maximum)}";
    }

    /// <summary>Whether a value as typed converts to the option's type (invariant culture, as Spectre converts it).</summary>
    public bool Converts(string text) => ValueType switch
    {
        _ when ValueType == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when ValueType == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when ValueType == typeof(double) || ValueType == typeof(float) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ when ValueType == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ when ValueType.IsEnum => Enum.TryParse(ValueType, text, ignoreCase: true, out _),
        _ => true,
    };

    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
}
