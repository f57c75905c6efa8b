using Yardstick.Core.Sandbox;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>The evals by CLI name; published ones read the data folder, built-in ones need none.</summary>
public static class EvalRegistry
{
    /// <summary>Environment variable naming the data folder when <c>--data-dir</c> is not given.</summary>
    public const string DataDirectoryVariable = "YARDSTICK_EVAL_DATA";

    /// <summary>The published evals of the index, in the CLI contract's order.</summary>
    public static IReadOnlyList<string> PublishedNames { get; } =
        [MmluProEval.Name, Gsm8kEval.Name, Math500Eval.Name, BbhEval.Name, InstructionFollowingEval.Name, TruthfulQaMc1Eval.Name];

    public static IReadOnlyList<string> BuiltinNames { get; } = [BuiltinArithmeticEval.Name, BuiltinChoiceEval.Name];

    /// <summary>The evals of Intelligence v2 (issue 10): code in a sandbox, and so on.</summary>
    public static IReadOnlyList<string> V2Names { get; } = [HumanEvalEval.Name, LongContextEval.Name, ToolUseEval.Name, TruthfulQaOpenEval.Name];

    public static IReadOnlyList<string> Names { get; } = [.. PublishedNames, .. BuiltinNames, .. V2Names];

    /// <summary>Creates an eval; <see cref="ArgumentException"/> listing the known names for an unknown one.</summary>
    /// <param name="name">CLI name.</param>
    /// <param name="dataDirectory">Folder laid out like ../shared/data/evals; null uses <see cref="DataDirectoryVariable"/>.</param>
    /// <param name="seed">Seed of the built-in and generated evals.</param>
    /// <param name="sandbox">Where code evals run model-written programs; without one they refuse to run (<see cref="IEval.CheckReadyAsync"/>).</param>
    /// <param name="claimedContextTokens">The endpoint's claimed context window (catalog), which sizes long-context.</param>
    /// <param name="maxContextTokens">Cap on long-context's lengths (<c>--max-context</c>).</param>
    public static IEval Create(string name, string? dataDirectory = null, int seed = BuiltinArithmeticEval.DefaultSeed, ICodeSandbox? sandbox = null,
        long? claimedContextTokens = null, long? maxContextTokens = null)
    {
        var data = dataDirectory ?? Environment.GetEnvironmentVariable(DataDirectoryVariable);
        data = string.IsNullOrWhiteSpace(data) ? null : Path.GetFullPath(data);
        return name switch
        {
            MmluProEval.Name => new MmluProEval(data),
            Gsm8kEval.Name => new Gsm8kEval(data),
            Math500Eval.Name => new Math500Eval(data),
            BbhEval.Name => new BbhEval(data),
            InstructionFollowingEval.Name => new InstructionFollowingEval(data),
            TruthfulQaMc1Eval.Name => new TruthfulQaMc1Eval(data),
            BuiltinArithmeticEval.Name => new BuiltinArithmeticEval(seed),
            BuiltinChoiceEval.Name => new BuiltinChoiceEval(seed),
            HumanEvalEval.Name => new HumanEvalEval(data, sandbox),
            LongContextEval.Name => new LongContextEval(seed, claimedContextTokens, maxContextTokens),
            ToolUseEval.Name => new ToolUseEval(seed),
            TruthfulQaOpenEval.Name => new TruthfulQaOpenEval(data),
            _ => throw new ArgumentException($"Unknown eval '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
