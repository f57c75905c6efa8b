using System.Globalization;

namespace Yardstick.Evals.ToolUse;

/// <summary>
/// Generates the tool-use tasks from a seed, five kinds in turn: cancel a pending order, change a pending order's
/// address, report an order's status (no change), refund a delivered order in full, and refuse to cancel a shipped
/// order (no change). Each customer has three orders, and another customer holds an order of the same product, so
/// the agent must look orders up by the customer's email.
/// </summary>
public static class ToolUseTasks
{
    private static readonly string[] Products = ["blue kettle", "desk lamp", "wool scarf", "garden hose", "chess set", "rain jacket", "coffee grinder", "yoga mat", "phone stand", "trail shoes"];
    private static readonly string[] Names = ["ana", "bram", "chloe", "dev", "elif", "farid", "greta", "hugo", "ines", "jonas", "kira", "liam"];
    private static readonly string[] Streets = ["Linden Way", "Harbour Road", "Mill Lane", "Quarry Street", "Orchard Close"];

    public static IReadOnlyList<ToolUseTask> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var tasks = new List<ToolUseTask>(count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string NewId()
        {
            string id;
            do
                id = "W" + random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
            while (!ids.Add(id));
            return id;
        }
        for (var i = 0; i < count; i++)
        {
            var kind = (i % 5) switch { 0 => "cancel", 1 => "address", 2 => "status", 3 => "refund", _ => "refuse-cancel" };
            var email = $"{Names[random.Next(Names.Length)]}.{random.Next(100, 999)}@example.com";
            var products = Products.OrderBy(_ => random.Next()).Take(3).ToList();
            var address = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}, Springfield";
            var targetStatus = kind switch { "cancel" or "address" => "pending", "refund" => "delivered", "refuse-cancel" => "shipped", _ => new[] { "pending", "shipped", "delivered" }[random.Next(3)] };
            var orders = new List<Order>
            {
                new(NewId(), email, products[0], random.Next(900, 9900), targetStatus, address),
                new(NewId(), email, products[1], random.Next(900, 9900), "delivered", address),
                new(NewId(), email, products[2], random.Next(900, 9900), "shipped", address),
                // Someone else's order of the same product: acting on it breaks the task.
                new(NewId(), $"other.{random.Next(100, 999)}@example.com", products[0], random.Next(900, 9900), targetStatus, "9 Elm Row, Shelbyville"),
            };
            var target = orders[0];
            var newAddress = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}, Capital City";
            var price = (target.PriceCents / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            var (turns, expected, facts) = kind switch
            {
                "cancel" => ((string[])[$"Hi, this is {email}. Please cancel my order for the {target.Product}.", "Yes, please go ahead."],
                    Replace(orders, target with { Status = "cancelled" }), (string[])[target.Id]),
                "address" => ([$"Hi, I'm {email}. Please change the shipping address of my {target.Product} order to {newAddress}.", "Yes, that's right."],
                    Replace(orders, target with { Address = newAddress }), [target.Id]),
                "status" => ([$"Hello, {email} here. What is the status of my {target.Product} order?", "Thanks, that's all."],
                    orders, [target.Id, target.Status]),
                "refund" => ([$"Hello, I'm {email}. My {target.Product} arrived broken; please refund the full price.", "Yes, the full amount please."],
                    Replace(orders, target with { RefundedCents = target.PriceCents }), [target.Id, price]),
                _ => ([$"Hi, {email} here. Please cancel my {target.Product} order.", "I see. Thanks anyway."],
                    orders, [target.Id, "shipped"]),
            };
            var id = string.Create(CultureInfo.InvariantCulture, $"tool-{i}-{kind}");
            tasks.Add(new ToolUseTask(id, turns[0], string.Join(", ", facts), kind, orders, turns, expected, facts));
        }
        return tasks;
    }

    private static List<Order> Replace(List<Order> orders, Order changed) => orders.Select(o => o.Id == changed.Id ? changed : o).ToList();
}
