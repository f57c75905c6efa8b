using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Yardstick.Bench.Local;

// `interleaved [PAIRS]`: the alternating A/B comparison for busy machines; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "interleaved")
    return await InterleavedComparison.RunAsync(args.Length > 1 && int.TryParse(args[1], out var pairs) ? pairs : 30);

// In-process toolchain: the native llama.cpp libraries and the generated model load once in this process, instead of
// BenchmarkDotNet building and launching a child project per benchmark. Each operation generates hundreds of tokens
// (tens to hundreds of milliseconds), so one invocation per iteration is enough.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(3)
    .WithIterationCount(20)
    .WithInvocationCount(1)
    .WithUnrollFactor(1);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
return 0;
