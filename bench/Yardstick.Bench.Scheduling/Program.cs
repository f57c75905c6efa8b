using Yardstick.Bench.Scheduling;

// Usage: Yardstick.Bench.Scheduling writes|quartz|workers|all [--pg CONNECTION] [--fires N] [--workers 1,2,4] [--works N] [--requests N]
// PostgreSQL comes from --pg or YARDSTICK_TEST_POSTGRES (a server where the user may CREATE DATABASE); every figure is
// printed as a Markdown table row, for docs/performance/scheduling.md.
var options = BenchOptions.Parse(args);
if (options.Mode is "writes" or "all")
    await SampleWriteBench.RunAsync(options);
if (options.Mode is "quartz" or "all")
    await QuartzOverheadBench.RunAsync(options);
if (options.Mode is "workers" or "all")
    await WorkerScalingBench.RunAsync(options);
return 0;
