using Yardstick.Core.Evals;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>A completed eval run and its summary, so that every score shown links back to its run.</summary>
public sealed record EvalMeasurement(RunRecord Run, EvalSummary Summary);
