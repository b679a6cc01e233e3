using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationDraftBrowserBindingAndUserNameAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrowserKeyHash",
                table: "RegistrationDrafts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TakenUserNameAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TakenUserNameAnswers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TakenUserNameAnswers_AnsweredAt",
                table: "TakenUserNameAnswers",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_TakenUserNameAnswers_ClientKey_AnsweredAt",
                table: "TakenUserNameAnswers",
                columns: new[] { "ClientKey", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TakenUserNameAnswers_DraftId_AnsweredAt",
                table: "TakenUserNameAnswers",
                columns: new[] { "DraftId", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TakenUserNameAnswers");

            migrationBuilder.DropColumn(
                name: "BrowserKeyHash",
                table: "RegistrationDrafts");
        }
    }
}
