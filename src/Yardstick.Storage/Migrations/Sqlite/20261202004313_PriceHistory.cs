using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PriceHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CacheWritePriceUsdPer1M",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardwareDescription",
                table: "endpoints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HardwareHourlyUsd",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardwareSource",
                table: "endpoints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LongContextAboveTokens",
                table: "endpoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextCachedInputPriceUsdPer1M",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextInputPriceUsdPer1M",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextOutputPriceUsdPer1M",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReasoningPriceUsdPer1M",
                table: "endpoints",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "price_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EndpointId = table.Column<string>(type: "TEXT", nullable: false),
                    ModelSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", nullable: false),
                    EffectiveFromUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    InputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    CachedInputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    OutputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    CacheWritePriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    ReasoningPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    LongContextAboveTokens = table.Column<long>(type: "INTEGER", nullable: true),
                    LongContextInputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    LongContextCachedInputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    LongContextOutputPriceUsdPer1M = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    PriceSource = table.Column<string>(type: "TEXT", nullable: true),
                    Feed = table.Column<string>(type: "TEXT", nullable: false),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "price_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Feed = table.Column<string>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    EffectiveFromUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    Recorded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_imports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_price_history_EndpointId_EffectiveFromUtc",
                table: "price_history",
                columns: new[] { "EndpointId", "EffectiveFromUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_price_history_ModelSlug_EffectiveFromUtc",
                table: "price_history",
                columns: new[] { "ModelSlug", "EffectiveFromUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "price_history");

            migrationBuilder.DropTable(
                name: "price_imports");

            migrationBuilder.DropColumn(
                name: "CacheWritePriceUsdPer1M",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "HardwareDescription",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "HardwareHourlyUsd",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "HardwareSource",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "LongContextAboveTokens",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "LongContextCachedInputPriceUsdPer1M",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "LongContextInputPriceUsdPer1M",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "LongContextOutputPriceUsdPer1M",
                table: "endpoints");

            migrationBuilder.DropColumn(
                name: "ReasoningPriceUsdPer1M",
                table: "endpoints");
        }
    }
}
