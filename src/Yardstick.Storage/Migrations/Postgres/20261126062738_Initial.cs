using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Storage.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceDirectory = table.Column<string>(type: "text", nullable: false),
                    Models = table.Column<int>(type: "integer", nullable: false),
                    ContentSha256 = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "models",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Creator = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    ReleaseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ParametersTotalB = table.Column<double>(type: "double precision", nullable: true),
                    ParametersActiveB = table.Column<double>(type: "double precision", nullable: true),
                    ContextWindowTokens = table.Column<long>(type: "bigint", nullable: true),
                    MaxOutputTokens = table.Column<long>(type: "bigint", nullable: true),
                    InputModalities = table.Column<string>(type: "text", nullable: false),
                    OutputModalities = table.Column<string>(type: "text", nullable: false),
                    Licence = table.Column<string>(type: "text", nullable: false),
                    OpenWeights = table.Column<bool>(type: "boolean", nullable: false),
                    KnowledgeCutoff = table.Column<string>(type: "text", nullable: true),
                    Reasoning = table.Column<bool>(type: "boolean", nullable: false),
                    ReasoningVariantSlug = table.Column<string>(type: "text", nullable: true),
                    NonReasoningVariantSlug = table.Column<string>(type: "text", nullable: true),
                    SuccessorSlug = table.Column<string>(type: "text", nullable: true),
                    CatalogFile = table.Column<string>(type: "text", nullable: true),
                    LastReviewed = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_models", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    ModelSlug = table.Column<string>(type: "text", nullable: true),
                    EndpointId = table.Column<string>(type: "text", nullable: true),
                    ApiStyle = table.Column<string>(type: "text", nullable: false),
                    BaseUrl = table.Column<string>(type: "text", nullable: false),
                    ModelId = table.Column<string>(type: "text", nullable: false),
                    Task = table.Column<string>(type: "text", nullable: false),
                    TaskVersion = table.Column<string>(type: "text", nullable: true),
                    ConfigurationJson = table.Column<string>(type: "text", nullable: false),
                    YardstickVersion = table.Column<string>(type: "text", nullable: false),
                    Host = table.Column<string>(type: "text", nullable: true),
                    StartedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: false),
                    SummaryJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capabilities",
                columns: table => new
                {
                    ModelSlug = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Supported = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<string>(type: "text", nullable: false),
                    ModelSlug = table.Column<string>(type: "text", nullable: false),
                    Provider = table.Column<string>(type: "text", nullable: false),
                    ApiStyle = table.Column<string>(type: "text", nullable: false),
                    BaseUrl = table.Column<string>(type: "text", nullable: false),
                    ModelId = table.Column<string>(type: "text", nullable: false),
                    FirstParty = table.Column<bool>(type: "boolean", nullable: false),
                    ApiKeyEnvironmentVariable = table.Column<string>(type: "text", nullable: true),
                    InputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    CachedInputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    OutputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    PriceSource = table.Column<string>(type: "text", nullable: true)
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
                    ModelSlug = table.Column<string>(type: "text", nullable: false),
                    Field = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelSlug = table.Column<string>(type: "text", nullable: false),
                    Benchmark = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<string>(type: "text", nullable: false),
                    PromptId = table.Column<string>(type: "text", nullable: false),
                    Epoch = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    RequestStartedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Load = table.Column<double>(type: "double precision", nullable: true),
                    PromptText = table.Column<string>(type: "text", nullable: true),
                    PromptSha256 = table.Column<string>(type: "text", nullable: true),
                    InputTokensNormalised = table.Column<int>(type: "integer", nullable: true),
                    InputTokensNative = table.Column<int>(type: "integer", nullable: true),
                    TtftSeconds = table.Column<double>(type: "double precision", nullable: true),
                    FirstAnswerTokenSeconds = table.Column<double>(type: "double precision", nullable: true),
                    LastTokenSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Timeline = table.Column<byte[]>(type: "bytea", nullable: true),
                    TokenEvents = table.Column<int>(type: "integer", nullable: false),
                    OutputTokensNormalised = table.Column<int>(type: "integer", nullable: true),
                    OutputTokensNative = table.Column<int>(type: "integer", nullable: true),
                    ReasoningTokens = table.Column<int>(type: "integer", nullable: true),
                    ReasoningTokensSource = table.Column<string>(type: "text", nullable: true),
                    AnswerText = table.Column<string>(type: "text", nullable: true),
                    ReasoningText = table.Column<string>(type: "text", nullable: true),
                    FinishReason = table.Column<string>(type: "text", nullable: true),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    ErrorKind = table.Column<string>(type: "text", nullable: false),
                    ErrorMessage = table.Column<string>(type: "text", nullable: true),
                    Retries = table.Column<int>(type: "integer", nullable: false),
                    ExtractedAnswer = table.Column<string>(type: "text", nullable: true),
                    Correct = table.Column<bool>(type: "boolean", nullable: true),
                    CorrectLoose = table.Column<bool>(type: "boolean", nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    CostUsd = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: true),
                    DetailsJson = table.Column<string>(type: "text", nullable: true)
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
