using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaymentStages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppliedOn",
                table: "Payments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AppliedToArrears",
                table: "Payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "AppliedToCurrent",
                table: "Payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DisbursedToLast4",
                table: "Payments",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisbursementMethod",
                table: "Payments",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcessorReference",
                table: "Payments",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ProcessorReference",
                table: "Payments",
                column: "ProcessorReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_ProcessorReference",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "AppliedOn",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "AppliedToArrears",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "AppliedToCurrent",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DisbursedToLast4",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DisbursementMethod",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ProcessorReference",
                table: "Payments");
        }
    }
}
