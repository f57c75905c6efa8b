using Yardstick.Core.Evals;

namespace Yardstick.Web.Tests.Seed;

/// <summary>A small index for tests: gsm8k 90 %, ifeval 10 %; a model with gsm8k only gets an estimated index.</summary>
internal static class SeedIndex
{
    public static IndexDefinition Definition { get; } = IndexDefinition.Parse("""
        {
          "name": "Test Index", "version": "1",
          "components": [ { "eval": "gsm8k", "weight": 0.9 }, { "eval": "ifeval", "weight": 0.1 } ],
          "estimation": { "allowed": true, "max_missing_evals": 1, "max_missing_weight": 0.15, "rule": "One eval of at most 15 % may be missing." }
        }
        """);
}
