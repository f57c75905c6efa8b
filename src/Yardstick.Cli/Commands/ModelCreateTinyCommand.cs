using Spectre.Console.Cli;

namespace Yardstick.Cli.Commands;

// Placeholder registered so the CLI builds while its owner writes the real command.
public sealed class ModelCreateTinyCommand : AsyncCommand<ModelCreateTinyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ModelCreateTiny is being written.");
}
