using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Pages.Shared;

/// <summary>What the capability-matrix partial shows: one model's probed matrix, under a heading id unique on its page.</summary>
public sealed record CapabilityMatrixView(ModelCard Card, CapabilityMatrix Matrix, string Id = "capability-matrix")
{
    public static CapabilityMatrixView Of(ModelCard card, ModelMeasurements measured, string id = "capability-matrix") => new(card, measured.Matrix(card), id);
}
