using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SiteSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "run_summaries",
                columns: table => new
                {
                    RunId = table.Column<string>(type: "text", nullable: false),
                    ComputedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Samples = table.Column<int>(type: "integer", nullable: false),
                    FailedSamples = table.Column<int>(type: "integer", nullable: false),
                    TtftP50Seconds = table.Column<double>(type: "double precision", nullable: true),
                    TtftP99Seconds = table.Column<double>(type: "double precision", nullable: true),
                    OutputTokensPerSecondP50 = table.Column<double>(type: "double precision", nullable: true),
                    E2eLatencyP50Seconds = table.Column<double>(type: "double precision", nullable: true),
                    SucceededRequests = table.Column<int>(type: "integer", nullable: false),
                    Load = table.Column<double>(type: "double precision", nullable: true),
                    ThroughputRequests = table.Column<int>(type: "integer", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    WindowSeconds = table.Column<double>(type: "double precision", nullable: false),
                    PrefillSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_summaries", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_run_summaries_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_runs_FinishedUtc",
                table: "runs",
                column: "FinishedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_summaries");

            migrationBuilder.DropIndex(
                name: "IX_runs_FinishedUtc",
                table: "runs");
        }
    }
}
