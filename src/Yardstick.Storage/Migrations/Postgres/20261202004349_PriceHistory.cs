using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Storage.Migrations.Postgres
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
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardwareDescription",
                table: "endpoints",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HardwareHourlyUsd",
                table: "endpoints",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardwareSource",
                table: "endpoints",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LongContextAboveTokens",
                table: "endpoints",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextCachedInputPriceUsdPer1M",
                table: "endpoints",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextInputPriceUsdPer1M",
                table: "endpoints",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LongContextOutputPriceUsdPer1M",
                table: "endpoints",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReasoningPriceUsdPer1M",
                table: "endpoints",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "price_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EndpointId = table.Column<string>(type: "text", nullable: false),
                    ModelSlug = table.Column<string>(type: "text", nullable: false),
                    Provider = table.Column<string>(type: "text", nullable: false),
                    EffectiveFromUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    CachedInputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    OutputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    CacheWritePriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    ReasoningPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    LongContextAboveTokens = table.Column<long>(type: "bigint", nullable: true),
                    LongContextInputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    LongContextCachedInputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    LongContextOutputPriceUsdPer1M = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    PriceSource = table.Column<string>(type: "text", nullable: true),
                    Feed = table.Column<string>(type: "text", nullable: false),
                    ImportId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "price_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Feed = table.Column<string>(type: "text", nullable: false),
                    Origin = table.Column<string>(type: "text", nullable: false),
                    ImportedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EffectiveFromUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    Recorded = table.Column<int>(type: "integer", nullable: false)
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
