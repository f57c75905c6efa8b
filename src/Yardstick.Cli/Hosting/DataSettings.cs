using System.ComponentModel;
using Spectre.Console.Cli;

namespace Yardstick.Cli.Hosting;

/// <summary>Options every command that touches the database shares: where the data lives.</summary>
public class DataSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data folder for the SQLite database and generated models (default: $YARDSTICK_DATA or ./.data).")]
    public string? Data { get; init; }

    [CommandOption("--db <CONNECTION>")]
    [Description("Database connection string; 'Host=…' selects PostgreSQL (default: $YARDSTICK_DB, else SQLite in the data folder).")]
    public string? Database { get; init; }

    [CommandOption("--catalog <DIR>")]
    [Description("Catalog folder with one YAML file per model (default: the repository's catalog/models).")]
    public string? Catalog { get; init; }

    [CommandOption("--max-text-chars <CHARS>")]
    [Description("Longest answer, and longest reasoning, stored per sample (default 262144 characters); longer text is cut and flagged truncated_by_yardstick with its length.")]
    public int? MaxTextChars { get; init; }

    public string ResolveDataDirectory() =>
        Path.GetFullPath(Data ?? Environment.GetEnvironmentVariable("YARDSTICK_DATA") ?? ".data");
}
