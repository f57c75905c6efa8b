using System.Text.Json;
using Yardstick.Evals.ToolUse;

namespace Yardstick.Evals.Tests.ToolUse;

public sealed class ShopStateTests
{
    private static ShopState Shop() => new([
        new Order("W1", "a@example.com", "kettle", 2500, "pending", "1 Road"),
        new Order("W2", "a@example.com", "lamp", 1000, "shipped", "1 Road"),
        new Order("W3", "a@example.com", "scarf", 1999, "delivered", "1 Road"),
    ]);

    [Theory]
    [InlineData("cancel_order", """{"order_id":"W1"}""", "W1", "cancelled")]
    [InlineData("cancel_order", """{"order_id":"W2"}""", "W2", "shipped")]     // shipped: refused
    [InlineData("update_address", """{"order_id":"W2","address":"2 Lane"}""", "W2", "shipped")]
    [InlineData("cancel_order", """{"order_id":"W9"}""", "W1", "pending")]      // unknown order: nothing changes
    [InlineData("cancel_order", "not json", "W1", "pending")]
    public void Tools_change_only_what_the_policy_allows(string tool, string arguments, string order, string status)
    {
        var shop = Shop();

        var result = shop.Call(tool, arguments);

        Assert.Equal(status, shop.Orders.Single(o => o.Id == order).Status);
        using var json = JsonDocument.Parse(result);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("""{"order_id":"W3","amount":19.99}""", 1999)]
    [InlineData("""{"order_id":"W3","amount":"$5"}""", 500)]
    [InlineData("""{"order_id":"W3","amount":25}""", 0)]      // more than the price
    [InlineData("""{"order_id":"W1","amount":5}""", 0)]       // not delivered
    public void Refunds_are_bounded_by_the_price_and_the_status(string arguments, int refundedCents)
    {
        var shop = Shop();

        shop.Call("issue_refund", arguments);

        Assert.Equal(refundedCents, shop.Orders.Sum(o => o.RefundedCents));
    }

    [Fact]
    public void Find_orders_lists_only_the_customers_own()
    {
        var shop = new ShopState([new Order("W1", "a@example.com", "kettle", 1, "pending", "x"), new Order("W2", "b@example.com", "kettle", 1, "pending", "x")]);

        var result = shop.Call("find_orders", """{"email":"A@example.com"}""");

        Assert.Contains("W1", result, StringComparison.Ordinal);
        Assert.DoesNotContain("W2", result, StringComparison.Ordinal);
    }
}
