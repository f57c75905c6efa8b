using System.Text.RegularExpressions;

namespace Yardstick.Web.Tests.Pages;

public sealed class CompareFormTests(SeededSite site)
{
    [Fact]
    public async Task The_form_never_proposes_a_model_against_itself()
    {
        // When /compare is opened with nothing chosen
        var html = await site.Client.GetStringAsync("/compare", TestContext.Current.CancellationToken);

        // Then A and B default to the first two models by name, not the same one twice
        var selected = Regex.Matches(html, "<option value=\"([^\"]+)\" selected=\"selected\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["claude-haiku-4.5", "claude-sonnet-4.5"], selected);
    }
}
