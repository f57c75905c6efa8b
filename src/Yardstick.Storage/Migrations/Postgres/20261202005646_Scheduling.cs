using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Suite",
                table: "runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Worker",
                table: "runs",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "applied_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    PlanText = table.Column<string>(type: "text", nullable: false),
                    AppliedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applied_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Suite = table.Column<string>(type: "text", nullable: false),
                    Endpoint = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: true),
                    ModelSlug = table.Column<string>(type: "text", nullable: true),
                    Schedule = table.Column<string>(type: "text", nullable: false),
                    NextFireUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastFireUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastOutcome = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schedules", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "workers",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: true),
                    Host = table.Column<string>(type: "text", nullable: true),
                    StartedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HeartbeatUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoppedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CurrentRunId = table.Column<string>(type: "text", nullable: true),
                    FiresCompleted = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workers", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_runs_Suite_StartedUtc",
                table: "runs",
                columns: new[] { "Suite", "StartedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applied_plans");

            migrationBuilder.DropTable(
                name: "schedules");

            migrationBuilder.DropTable(
                name: "workers");

            migrationBuilder.DropIndex(
                name: "IX_runs_Suite_StartedUtc",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "Suite",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "Worker",
                table: "runs");
        }
    }
}
