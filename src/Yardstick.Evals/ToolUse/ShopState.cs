using System.Globalization;
using System.Text.Json;

namespace Yardstick.Evals.ToolUse;

/// <summary>
/// The simulated shop held in memory: orders by id, changed only through the tools, each enforcing the shop's policy
/// (only pending orders can be cancelled or re-addressed; refunds only for delivered orders, up to the price). The
/// final state is what a task is scored on.
/// </summary>
public sealed class ShopState
{
    private readonly SortedDictionary<string, Order> _orders;

    public ShopState(IEnumerable<Order> orders) => _orders = new(orders.ToDictionary(o => o.Id, StringComparer.Ordinal), StringComparer.Ordinal);

    public IReadOnlyList<Order> Orders => [.. _orders.Values];

    public ShopState Clone() => new(_orders.Values);

    /// <summary>True when both hold the same orders field by field.</summary>
    public bool SameAs(ShopState other) => Orders.SequenceEqual(other.Orders);

    /// <summary>Runs one tool call; the result is the JSON text the model reads (errors included, never an exception).</summary>
    public string Call(string name, string argumentsJson)
    {
        JsonElement args;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(argumentsJson) ? "{}" : argumentsJson);
            args = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Error($"arguments are not valid JSON: {e.Message}");
        }
        if (args.ValueKind != JsonValueKind.Object)
            return Error("arguments must be a JSON object");
        return name switch
        {
            "find_orders" => Text(args, "email") is { } email
                ? JsonSerializer.Serialize(_orders.Values.Where(o => string.Equals(o.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
                    .Select(o => new { order_id = o.Id, product = o.Product, status = o.Status }))
                : Error("email is required"),
            "get_order" => Find(args) is { } order ? Describe(order) : Error("no such order"),
            "cancel_order" => Change(args, o => o.Status == "pending" ? (o with { Status = "cancelled" }, null) : (o, $"order is {o.Status}; only pending orders can be cancelled")),
            "update_address" => Text(args, "address") is { Length: > 0 } address
                ? Change(args, o => o.Status == "pending" ? (o with { Address = address.Trim() }, null) : (o, $"order is {o.Status}; only pending orders can change address"))
                : Error("address is required"),
            "issue_refund" => Cents(args) is { } cents
                ? Change(args, o => o.Status != "delivered" ? (o, $"order is {o.Status}; refunds are for delivered orders")
                    : cents <= 0 || o.RefundedCents + cents > o.PriceCents ? (o, "the refund must be positive and at most the price paid")
                    : (o with { RefundedCents = o.RefundedCents + cents }, null))
                : Error("amount (in dollars) is required"),
            _ => Error($"unknown tool '{name}'"),
        };
    }

    private string Change(JsonElement args, Func<Order, (Order Next, string? Refusal)> change)
    {
        if (Find(args) is not { } order)
            return Error("no such order");
        var (next, refusal) = change(order);
        if (refusal is not null)
            return Error(refusal);
        _orders[order.Id] = next;
        return Describe(next);
    }

    private Order? Find(JsonElement args) => Text(args, "order_id") is { } id && _orders.TryGetValue(id.Trim(), out var order) ? order : null;

    private static string? Text(JsonElement args, string name) =>
        args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Cents(JsonElement args) =>
        args.TryGetProperty("amount", out var value) && value.ValueKind == JsonValueKind.Number ? (int)Math.Round(value.GetDouble() * 100)
        : args.TryGetProperty("amount", out value) && value.ValueKind == JsonValueKind.String
          && double.TryParse(value.GetString()!.TrimStart('$'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? (int)Math.Round(parsed * 100)
        : null;

    private static string Describe(Order o) => JsonSerializer.Serialize(new
    {
        order_id = o.Id, email = o.Email, product = o.Product, price = o.PriceCents / 100.0, status = o.Status, address = o.Address, refunded = o.RefundedCents / 100.0,
    });

    private static string Error(string message) => JsonSerializer.Serialize(new { error = message });
}
