using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Yardstick.Cli.CommandLine;

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
    [OptionRange(1, 16_777_216)]
    public int? MaxTextChars { get; init; }

    /// <summary>The ranges of the numeric options; verbs that validate more call <see cref="OptionRanges.Check"/> first themselves.</summary>
    public override ValidationResult Validate() => OptionRanges.Check(this);

    public string ResolveDataDirectory() =>
        Path.GetFullPath(Data ?? Environment.GetEnvironmentVariable("YARDSTICK_DATA") ?? ".data");
}
