using System.Globalization;

namespace Yardstick.Core.Catalog;

/// <summary>Parameter counts as people write them: 405B, 4.44B, 350M, 992.64K.</summary>
public static class ParameterCount
{
    public static string Format(double billions) => billions switch
    {
        >= 1 => billions.ToString("0.##", CultureInfo.InvariantCulture) + "B",
        >= 0.001 => (billions * 1_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        _ => (billions * 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "K",
    };
}
