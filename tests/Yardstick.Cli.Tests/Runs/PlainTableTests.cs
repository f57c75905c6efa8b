using Yardstick.Cli.Runs;

namespace Yardstick.Cli.Tests.Runs;

public sealed class PlainTableTests
{
    [Fact]
    public void Columns_are_aligned_and_cells_are_never_cut()
    {
        var lines = PlainTable.Lines(["id", "status"], [["perf-20261202T003322Z-9e23af", "Completed"], ["eval-1", "Failed"]]).ToList();

        Assert.Equal(
        [
            "id                            status",
            "perf-20261202T003322Z-9e23af  Completed",
            "eval-1                        Failed",
        ], lines);
    }
}
