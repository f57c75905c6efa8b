using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Commands;
using Yardstick.Cli.Hosting;

namespace Yardstick.Cli;

/// <summary>The `yardstick` command tree: every verb, its description and its settings.</summary>
public static class YardstickApp
{
    /// <summary>Exit code of a user error: an unknown option, a value out of range or not a number, a failed Validate().</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Runs the command line. A user error is one plain line on <paramref name="error"/> and <see cref="UsageError"/>,
    /// before any work starts; everything else propagates to Program.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter error, CancellationToken cancellationToken)
    {
        if (CommandLineCheck.FindProblem(args, SettingsByVerb) is { } problem)
        {
            await error.WriteLineAsync($"error: {problem}");
            return UsageError;
        }
        try
        {
            return await Create().RunAsync(args, cancellationToken);
        }
        catch (Exception e) when (e is CommandParseException or CommandRuntimeException)
        {
            // Spectre's own parse errors and Settings.Validate() failures are user errors too.
            await error.WriteLineAsync($"error: {e.Message}");
            return UsageError;
        }
    }

    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("yardstick");
            config.PropagateExceptions();
            // An option the verb does not have is an error (exit 2), never silently ignored: `--concurency 8` must not run at 1.
            config.UseStrictParsing();
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
            config.AddBranch("plan", plan =>
            {
                plan.SetDescription("Continuous measurement: plan files of endpoints and suites measured on a schedule.");
                plan.AddCommand<PlanValidateCommand>("validate").WithDescription("Check a plan file against the catalog and the known evals; report every error.");
                plan.AddCommand<PlanApplyCommand>("apply").WithDescription("Make the schedule match a plan file (creates, updates, removes schedules) and store it.");
                plan.AddCommand<PlanListCommand>("list").WithDescription("Schedules with next and last fire, the suites' last runs, and the workers.");
                plan.AddCommand<PlanRunCommand>("run").WithDescription("Fire a suite of the applied plan now, once.");
            });
            config.AddCommand<WorkerCommand>("worker")
                .WithDescription("Execute scheduled runs (a node of the cluster on PostgreSQL) until stopped; heartbeats into the workers table.");
            config.AddBranch("prices", prices =>
            {
                prices.SetDescription("Price feeds and the dated price history.");
                prices.AddCommand<PricesImportCommand>("import").WithDescription("Import a LiteLLM or OpenRouter price feed (file or --url): changed prices are dated and kept; unknown ids are listed.");
            });
            config.AddBranch("dev", dev =>
            {
                dev.SetDescription("Developer tools: synthetic data for load tests, summary backfills.");
                dev.AddCommand<Commands.Dev.DevSeedCommand>("seed").WithDescription("Fill the database with synthetic models, runs and samples (marked seed-…, creator \"Seeded …\") for load tests of the site.");
                dev.AddCommand<Commands.Dev.DevSummariseCommand>("summarise").WithDescription("Compute the precomputed run figures (run_summaries) of runs that lack them, or of every run with --all.");
            });
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Inspect stored runs and their raw samples.");
                runs.AddCommand<RunsListCommand>("list").WithDescription("List runs.");
            });
        });
        return app;
    }

    /// <summary>
    /// Each verb's Settings class, for the command-line check that names misspelt options and unconvertible values
    /// (<see cref="CommandLine.CommandLineCheck"/>). A verb missing here still fails on an unknown option, with Spectre's
    /// terser message; the CLI tests check every verb listed here.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, Type> SettingsByVerb = new Dictionary<string, Type>
    {
        ["up"] = typeof(UpCommand.Settings),
        ["serve"] = typeof(ServeCommand.Settings),
        ["catalog validate"] = typeof(CatalogValidateCommand.Settings),
        ["catalog import"] = typeof(DataSettings),
        ["model create-tiny"] = typeof(ModelCreateTinyCommand.Settings),
        ["serve-model"] = typeof(ServeModelCommand.Settings),
        ["perf"] = typeof(PerfCommand.Settings),
        ["eval"] = typeof(EvalCommand.Settings),
        ["index"] = typeof(Evals.IndexCommand.Settings),
        ["eval-compare"] = typeof(Evals.EvalCompareCommand.Settings),
        ["runs list"] = typeof(RunsListCommand.Settings),
        ["probe"] = typeof(ProbeCommand.Settings),
        ["plan validate"] = typeof(PlanValidateCommand.Settings),
        ["plan apply"] = typeof(PlanValidateCommand.Settings),
        ["plan list"] = typeof(PlanListCommand.Settings),
        ["plan run"] = typeof(PlanRunCommand.Settings),
        ["worker"] = typeof(WorkerCommand.Settings),
        ["prices import"] = typeof(PricesImportCommand.Settings),
        ["dev seed"] = typeof(Commands.Dev.DevSeedCommand.Settings),
        ["dev summarise"] = typeof(Commands.Dev.DevSummariseCommand.Settings),
    };
}
