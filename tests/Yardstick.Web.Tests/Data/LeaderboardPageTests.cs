using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Web.Data;

namespace Yardstick.Web.Tests.Data;

public sealed class LeaderboardPageTests
{
    private static LeaderboardRow Row(int i) => new(new ModelCard
    {
        Slug = $"m{i:000}", Name = $"Model {i:000}", Creator = "C", Modalities = new Modalities(["text"], ["text"]), Licence = "mit",
        OpenWeights = true, Reasoning = false, FactSources = new Dictionary<string, FactSource>(),
    }, "Small", null, null, ModelMeasurements.None, new Dictionary<string, EvalMeasurement>(), null);

    [Theory]
    [InlineData(150, null, 1, 2, 100, "Model 000")]
    [InlineData(150, 2, 2, 2, 50, "Model 100")]
    [InlineData(150, 9, 2, 2, 50, "Model 100")]
    [InlineData(150, 0, 1, 2, 100, "Model 000")]
    [InlineData(40, null, 1, 1, 40, "Model 000")]
    [InlineData(0, null, 1, 1, 0, null)]
    public void Pages_hold_a_hundred_rows_in_order_and_clamp_the_page_number(int models, int? page, int number, int pages, int rows, string? first)
    {
        var all = Enumerable.Range(0, models).Select(Row).Reverse().ToList();

        var shown = LeaderboardPage.Of(all, "name", "asc", page, _ => true);

        Assert.Equal((number, pages, rows, models), (shown.Number, shown.Pages, shown.Rows.Count, shown.Total));
        Assert.Equal(first, shown.Rows.FirstOrDefault()?.Card.Name);
    }

    [Fact]
    public void An_unknown_sort_key_falls_back_to_the_name()
    {
        var shown = LeaderboardPage.Of([Row(2), Row(1)], "nonsense", "desc", null, key => key == "name");

        Assert.Equal(("name", true, "Model 002"), (shown.SortKey, shown.Descending, shown.Rows[0].Card.Name));
    }
}
