namespace Yardstick.Evals.ToolUse;

/// <summary>One order of the simulated shop: status <c>pending</c>, <c>shipped</c>, <c>delivered</c> or <c>cancelled</c>; money in whole cents.</summary>
public sealed record Order(string Id, string Email, string Product, int PriceCents, string Status, string Address, int RefundedCents = 0);
