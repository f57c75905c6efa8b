using System.ComponentModel;
using System.Security.Cryptography;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Local.Gguf;
using Yardstick.Local.Tiny;

namespace Yardstick.Cli.Commands;

/// <summary>
/// `yardstick model create-tiny`: writes the deterministic random-weight llama GGUF (same seed, same bytes). Its answers
/// are noise; it exists so that perf, eval and the site run on real inference without downloading a model.
/// </summary>
public sealed class ModelCreateTinyCommand : AsyncCommand<ModelCreateTinyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <PATH>")]
        [Description("Where to write the .gguf file (folders are created).")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the random weights; the same seed gives a byte-identical file. Default: 42.")]
        [OptionRange(int.MinValue, int.MaxValue)]
        public int Seed { get; init; } = TinyModel.DefaultSeed;

        [CommandOption("--f16")]
        [Description("Store the weight matrices as F16 instead of F32 (about half the size).")]
        public bool F16 { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--out <PATH> is required.");
            if (Directory.Exists(Out))
                return ValidationResult.Error($"--out '{Out}' is a folder; give a file path such as {Path.Combine(Out, "tiny.gguf")}.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.Out!);
        var spec = TinyModelSpec.Default with { Seed = settings.Seed, TensorType = settings.F16 ? GgmlType.F16 : GgmlType.F32 };
        await Task.Run(() => TinyModelGenerator.Write(path, spec), cancellationToken);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[green]wrote[/] {path}");
        AnsiConsole.MarkupLineInterpolated(
            $"  llama, {spec.EmbeddingLength} dims x {spec.LayerCount} layers, {spec.TensorType}, context {spec.ContextLengthTokens} tokens, seed {spec.Seed}");
        AnsiConsole.MarkupLineInterpolated($"  {bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}");
        AnsiConsole.MarkupLine("  Its weights are random: its answers are noise. It exercises the whole pipeline with real inference.");
        return 0;
    }
}
