using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunsStartedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_runs_StartedUtc",
                table: "runs",
                column: "StartedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_runs_StartedUtc",
                table: "runs");
        }
    }
}
