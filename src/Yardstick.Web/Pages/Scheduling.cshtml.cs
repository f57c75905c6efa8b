using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;
using Yardstick.Web.Data.Scheduling;

namespace Yardstick.Web.Pages;

/// <summary>/status: the measuring cluster's health (schedules, next and last fire, workers, failures with reasons).</summary>
public sealed class SchedulingModel(ISchedulingStore scheduling, IRunStore runs) : PageModel
{
    public SchedulingStatus Status { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await SchedulingStatus.LoadAsync(scheduling, runs, cancellationToken);

    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
