using System.Text.Json;
using Yardstick.Core.Metrics;

namespace Yardstick.Web.Api;

/// <summary>
/// JSON settings of the API: names come from each record's attributes (snake_case); a figure that could not be computed
/// (NaN) is written as null, as in the CLI's --json contract (<see cref="PerfSummaryJson"/>).
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        foreach (var converter in PerfSummaryJson.Options.Converters)
            options.Converters.Add(converter);
        options.WriteIndented = true;
    }
}
