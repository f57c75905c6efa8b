using Yardstick.Core.Providers;

namespace Yardstick.Evals.ToolUse;

/// <summary>The shop's tools as OpenAI function schemas, and the policy the agent is told.</summary>
public static class ShopTools
{
    public const string Policy =
        "You are the customer-service agent of an online shop. Use the tools to look up and change orders; never invent order data. " +
        "Policy: only pending orders can be cancelled or have their address changed; shipped orders cannot be cancelled; refunds are only " +
        "for delivered orders and at most the price paid. Act only on the customer's own orders (identified by their email). " +
        "When the request is done or cannot be done, tell the customer the outcome, naming the order id.";

    public static IReadOnlyList<FunctionTool> All { get; } =
    [
        new("find_orders", "Lists a customer's orders (id, product, status) by email.",
            """{"type":"object","properties":{"email":{"type":"string","description":"The customer's email address."}},"required":["email"]}"""),
        new("get_order", "Shows one order: product, price (dollars), status, shipping address, amount refunded.",
            """{"type":"object","properties":{"order_id":{"type":"string"}},"required":["order_id"]}"""),
        new("cancel_order", "Cancels a pending order.",
            """{"type":"object","properties":{"order_id":{"type":"string"}},"required":["order_id"]}"""),
        new("update_address", "Changes the shipping address of a pending order.",
            """{"type":"object","properties":{"order_id":{"type":"string"},"address":{"type":"string","description":"The full new address, exactly as the customer gave it."}},"required":["order_id","address"]}"""),
        new("issue_refund", "Refunds part or all of a delivered order's price.",
            """{"type":"object","properties":{"order_id":{"type":"string"},"amount":{"type":"number","description":"Amount in dollars."}},"required":["order_id","amount"]}"""),
    ];
}
