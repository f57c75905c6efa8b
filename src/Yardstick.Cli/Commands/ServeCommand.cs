using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Pricing;

namespace Yardstick.Cli.Commands;

/// <summary>`yardstick serve [--port N] [--data DIR]`: the site and JSON API on 127.0.0.1.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--port <N>")]
        [Description("Port on 127.0.0.1 (default 5080; 0 picks a free one).")]
        [DefaultValue(5080)]
        [OptionRange(0, 65535)]
        public int Port { get; init; } = 5080;

        [CommandOption("--blend <RATIO>")]
        [Description("Blended-price ratio input:output (or cached:input:output); default 3:1.")]
        [DefaultValue("3:1")]
        public string Blend { get; init; } = "3:1";

        public override ValidationResult Validate()
        {
            if (OptionRanges.Check(this) is { Successful: false } outOfRange)
                return outOfRange;
            try
            {
                BlendRatio.Parse(Blend);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error(e.Message);
            }
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var storage = await StorageSession.OpenAsync(settings, cancellationToken);
        return await SiteHost.ServeAsync(storage, settings.Port, BlendRatio.Parse(settings.Blend), null, cancellationToken);
    }
}
