using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Yardstick.Cli.CommandLine;

/// <summary>Checks every numeric option of a Settings object against its <see cref="OptionRangeAttribute"/>.</summary>
internal static class OptionRanges
{
    /// <summary>The first option whose value is outside its range, NaN or infinite, as one plain sentence; else success.</summary>
    public static ValidationResult Check(CommandSettings settings)
    {
        foreach (var option in OptionSpec.Of(settings.GetType()))
        {
            if (!option.IsNumber || option.Property.GetValue(settings) is not { } boxed)
                continue;
            var value = Convert.ToDouble(boxed, CultureInfo.InvariantCulture);
            if (!Allows(option, value))
                return ValidationResult.Error($"{option.Requirement()} (got {Convert.ToString(boxed, CultureInfo.InvariantCulture)}).");
        }
        return ValidationResult.Success();
    }

    private static bool Allows(OptionSpec option, double value)
    {
        if (!double.IsFinite(value))
            return false;
        if (option.Range is not { } range)
            return true;
        var aboveMinimum = range.MinimumIsExclusive ? value > range.Minimum : value >= range.Minimum;
        return aboveMinimum && value <= range.Maximum;
    }
}
