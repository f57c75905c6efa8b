using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_samples_RunId_PromptId_Epoch",
                table: "samples");

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresUtc",
                table: "runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(DuplicateSampleCleanup.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_samples_RunId_PromptId_Epoch",
                table: "samples",
                columns: new[] { "RunId", "PromptId", "Epoch" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_samples_RunId_PromptId_Epoch",
                table: "samples");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresUtc",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "runs");

            migrationBuilder.CreateIndex(
                name: "IX_samples_RunId_PromptId_Epoch",
                table: "samples",
                columns: new[] { "RunId", "PromptId", "Epoch" });
        }
    }
}
