using Spectre.Console;
using Yardstick.Probes.Running;

namespace Yardstick.Cli.Probes;

/// <summary>One line per finished probe, written on the caller's thread (so lines keep their order).</summary>
internal sealed class ProbeProgressLines(IAnsiConsole console) : IProgress<ProbeProgress>
{
    public void Report(ProbeProgress value) =>
        console.MarkupLine($"[grey]{value.Completed}/{value.Total}[/] {Markup.Escape(value.Outcome.Probe)}: {ProbeTable.Verdict(value.Outcome.Verdict)}");
}
