using Spectre.Console.Cli;

namespace Yardstick.Cli.Commands;

// Placeholder registered so the CLI builds while its owner writes the real command.
public sealed class ServeModelCommand : AsyncCommand<ServeModelCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ServeModel is being written.");
}
