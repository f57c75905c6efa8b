using Yardstick.Evals.Datasets;

namespace Yardstick.Evals.Tests.Datasets;

public sealed class DataFilesTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Json_lines_keep_their_positions_and_flag_broken_ones()
    {
        File.WriteAllLines(_file, ["{\"a\": 1}", "", "{oops", "{\"a\": 3}"]);

        var lines = DataFiles.ReadJsonLines(_file).ToList();

        Assert.Equal([0, 2, 3], lines.Select(l => l.Index));
        Assert.False(lines[1].IsValid);
        Assert.Equal(3, lines[2].Value.GetProperty("a").GetInt32());
    }

    [Fact]
    public void Interleaving_takes_one_from_each_group_in_turn()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["a1", "a2", "a3"], ["b1"], ["c1", "c2"]];

        Assert.Equal(["a1", "b1", "c1", "a2", "c2", "a3"], DataFiles.Interleave(groups));
    }
}
