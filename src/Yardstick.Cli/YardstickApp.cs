using Spectre.Console.Cli;
using Yardstick.Cli.Commands;

namespace Yardstick.Cli;

/// <summary>The `yardstick` command tree: every verb, its description and its settings.</summary>
public static class YardstickApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("yardstick");
            config.PropagateExceptions();
            config.AddCommand<UpCommand>("up")
                .WithDescription("Main job on the embedded defaults: create the database, import the catalog, make the tiny model, run a short perf run, a small eval and the capability probes on it, then serve the site.");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the site and the JSON API on 127.0.0.1 (creates the database and imports the catalog on first use).");
            config.AddBranch("catalog", catalog =>
            {
                catalog.SetDescription("Validate and import the catalog files.");
                catalog.AddCommand<CatalogValidateCommand>("validate").WithDescription("Validate the catalog files without touching the database.");
                catalog.AddCommand<CatalogImportCommand>("import").WithDescription("Validate and import the catalog into the database in one transaction.");
            });
            config.AddBranch("model", model =>
            {
                model.SetDescription("Local GGUF models.");
                model.AddCommand<ModelCreateTinyCommand>("create-tiny").WithDescription("Write a deterministic random-weight llama GGUF (its answers are noise; it exercises the pipeline with real inference).");
            });
            config.AddCommand<ServeModelCommand>("serve-model")
                .WithDescription("Serve a GGUF file as an OpenAI-compatible endpoint on 127.0.0.1.");
            config.AddCommand<PerfCommand>("perf")
                .WithDescription("Measure speed and latency of an endpoint (TTFT, output tokens/s, inter-token latency, E2E).");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Run an evaluation against an endpoint and score it with a 95% confidence interval.");
            config.AddCommand<ProbeCommand>("probe")
                .WithDescription("Check which features an endpoint really has (tools, JSON schema, images, context window, stop, seed, logprobs, streamed usage, reasoning, caching): verified, refuted, not_supported or inconclusive, with every request stored.");
            config.AddCommand<Evals.IndexCommand>("index")
                .WithDescription("A model's Yardstick Index from its stored eval runs (components, CI, estimation note, verbosity, cost to run).");
            config.AddCommand<Evals.EvalCompareCommand>("eval-compare")
                .WithDescription("Score difference A − B of two eval runs with its 95% CI (paired by question when possible).");
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Inspect stored runs and their raw samples.");
                runs.AddCommand<RunsListCommand>("list").WithDescription("List runs.");
            });
        });
        return app;
    }
}
