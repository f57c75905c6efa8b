using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Core.Providers;
using Yardstick.Local.Inference;
using Yardstick.Local.Server;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick serve-model`: serves a GGUF file in-process as an OpenAI-compatible endpoint on 127.0.0.1.</summary>
public sealed class ServeModelCommand : AsyncCommand<ServeModelCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gguf <PATH>")]
        [Description("The GGUF model file to serve.")]
        public string? Gguf { get; init; }

        [CommandOption("--port <N>")]
        [Description("TCP port on 127.0.0.1 (0 picks a free one). Default: 8080.")]
        [OptionRange(0, 65535)]
        public int Port { get; init; } = 8080;

        [CommandOption("--context <TOKENS>")]
        [Description("Context window per sequence. Default: the model's trained length, at most 4096.")]
        [OptionRange(16, 1_048_576)]
        public int? Context { get; init; }

        [CommandOption("--parallel <N>")]
        [Description("Sequences generated at once; more requests wait. Default: 2.")]
        [OptionRange(1, 256)]
        public int Parallel { get; init; } = 2;

        [CommandOption("--threads <N>")]
        [Description("CPU threads per decode. Default: all cores.")]
        [OptionRange(1, 1024)]
        public int? Threads { get; init; }

        [CommandOption("--model-id <ID>")]
        [Description("Model id in /v1/models and responses. Default: the file name without extension.")]
        public string? ModelId { get; init; }

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            if (string.IsNullOrWhiteSpace(Gguf))
                return ValidationResult.Error("--gguf <PATH> is required.");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new LocalModelOptions
        {
            ContextTokens = settings.Context,
            MaxParallelSequences = settings.Parallel,
            Threads = settings.Threads,
            ModelId = settings.ModelId,
        };
        LlamaCompletionProvider provider;
        try
        {
            provider = await LlamaCompletionProvider.OpenAsync(Path.GetFullPath(settings.Gguf!), options, cancellationToken);
        }
        catch (ProviderException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error[/] {e.Message}");
            return 1;
        }

        using (provider)
        {
            await using var app = OpenAiCompatibleServer.Build(provider, new OpenAiServerOptions { Port = settings.Port },
                // The host's own start-up failure log repeats the bind error below with a stack trace: keep it quiet.
                logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None));
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] cannot listen on 127.0.0.1:{settings.Port}: {e.Message}");
                return 1;
            }
            var address = new Uri(OpenAiCompatibleServer.BaseAddress(app), "/v1");
            AnsiConsole.MarkupLineInterpolated($"[green]serving[/] {provider.ModelId} ({provider.ContextWindowTokens:N0}-token context, {settings.Parallel} parallel sequence(s))");
            AnsiConsole.MarkupLineInterpolated($"  OpenAI base URL: {address}   (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
