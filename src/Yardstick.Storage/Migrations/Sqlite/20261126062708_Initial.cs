using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceDirectory = table.Column<string>(type: "TEXT", nullable: false),
                    Models = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "models",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Creator = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ReleaseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParametersTotalB = table.Column<double>(type: "REAL", nullable: true),
                    ParametersActiveB = table.Column<double>(type: "REAL", nullable: true),
                    ContextWindowTokens = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxOutputTokens = table.Column<long>(type: "INTEGER", nullable: true),
                    InputModalities = table.Column<string>(type: "TEXT", nullable: false),
                    OutputModalities = table.Column<string>(type: "TEXT", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", nullable: false),
                    OpenWeights = table.Column<bool>(type: "INTEGER", nullable: false),
                    KnowledgeCutoff = table.Column<string>(type: "TEXT", nullable: true),
                    Reasoning = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReasoningVariantSlug = table.Column<string>(type: "TEXT", nullable: true),
                    NonReasoningVariantSlug = table.Column<string>(type: "TEXT", nullable: true),
                    SuccessorSlug = table.Column<string>(type: "TEXT", nullable: true),
                    CatalogFile = table.Column<string>(type: "TEXT", nullable: true),
                    LastReviewed = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_models", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: true),
                    EndpointId = table.Column<string>(type: "TEXT", nullable: true),
                    ApiStyle = table.Column<string>(type: "TEXT", nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", nullable: false),
                    ModelId = table.Column<string>(type: "TEXT", nullable: false),
                    Task = table.Column<string>(type: "TEXT", nullable: false),
                    TaskVersion = table.Column<string>(type: "TEXT", nullable: true),
                    ConfigurationJson = table.Column<string>(type: "TEXT", nullable: false),
                    YardstickVersion = table.Column<string>(type: "TEXT", nullable: false),
                    Host = table.Column<string>(type: "TEXT", nullable: true),
                    StartedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capabilities",
                columns: table => new
                {
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Supported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capabilities", x => new { x.ModelSlug, x.Name });
                    table.ForeignKey(
                        name: "FK_capabilities_models_ModelSlug",
                        column: x => x.ModelSlug,
                        principalTable: "models",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "endpoints",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", nullable: false),
                    ApiStyle = table.Column<string>(type: "TEXT", nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", nullable: false),
                    ModelId = table.Column<string>(type: "TEXT", nullable: false),
                    FirstParty = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApiKeyEnvironmentVariable = table.Column<string>(type: "TEXT", nullable: true),
                    InputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    CachedInputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    OutputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    PriceSource = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_endpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_endpoints_models_ModelSlug",
                        column: x => x.ModelSlug,
                        principalTable: "models",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fact_sources",
                columns: table => new
                {
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fact_sources", x => new { x.ModelSlug, x.Field });
                    table.ForeignKey(
                        name: "FK_fact_sources_models_ModelSlug",
                        column: x => x.ModelSlug,
                        principalTable: "models",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "published_scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Benchmark = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_published_scores_models_ModelSlug",
                        column: x => x.ModelSlug,
                        principalTable: "models",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "samples",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<string>(type: "TEXT", nullable: false),
                    PromptId = table.Column<string>(type: "TEXT", nullable: false),
                    Epoch = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestStartedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Load = table.Column<double>(type: "REAL", nullable: true),
                    PromptText = table.Column<string>(type: "TEXT", nullable: true),
                    PromptSha256 = table.Column<string>(type: "TEXT", nullable: true),
                    InputTokensNormalised = table.Column<int>(type: "INTEGER", nullable: true),
                    InputTokensNative = table.Column<int>(type: "INTEGER", nullable: true),
                    TtftSeconds = table.Column<double>(type: "REAL", nullable: true),
                    FirstAnswerTokenSeconds = table.Column<double>(type: "REAL", nullable: true),
                    LastTokenSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Timeline = table.Column<byte[]>(type: "BLOB", nullable: true),
                    TokenEvents = table.Column<int>(type: "INTEGER", nullable: false),
                    OutputTokensNormalised = table.Column<int>(type: "INTEGER", nullable: true),
                    OutputTokensNative = table.Column<int>(type: "INTEGER", nullable: true),
                    ReasoningTokens = table.Column<int>(type: "INTEGER", nullable: true),
                    ReasoningTokensSource = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", nullable: true),
                    ReasoningText = table.Column<string>(type: "TEXT", nullable: true),
                    FinishReason = table.Column<string>(type: "TEXT", nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ErrorKind = table.Column<string>(type: "TEXT", nullable: false),
                    ErrorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    Retries = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtractedAnswer = table.Column<string>(type: "TEXT", nullable: true),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: true),
                    CorrectLoose = table.Column<bool>(type: "INTEGER", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    CostUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 8, nullable: true),
                    DetailsJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_samples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_samples_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_endpoints_ModelSlug",
                table: "endpoints",
                column: "ModelSlug");

            migrationBuilder.CreateIndex(
                name: "IX_published_scores_ModelSlug_Benchmark",
                table: "published_scores",
                columns: new[] { "ModelSlug", "Benchmark" });

            migrationBuilder.CreateIndex(
                name: "IX_runs_ModelSlug_Kind_StartedUtc",
                table: "runs",
                columns: new[] { "ModelSlug", "Kind", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_runs_Task_Status",
                table: "runs",
                columns: new[] { "Task", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_PromptSha256",
                table: "samples",
                column: "PromptSha256");

            migrationBuilder.CreateIndex(
                name: "IX_samples_RunId_PromptId_Epoch",
                table: "samples",
                columns: new[] { "RunId", "PromptId", "Epoch" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capabilities");

            migrationBuilder.DropTable(
                name: "catalog_imports");

            migrationBuilder.DropTable(
                name: "endpoints");

            migrationBuilder.DropTable(
                name: "fact_sources");

            migrationBuilder.DropTable(
                name: "published_scores");

            migrationBuilder.DropTable(
                name: "samples");

            migrationBuilder.DropTable(
                name: "models");

            migrationBuilder.DropTable(
                name: "runs");
        }
    }
}
