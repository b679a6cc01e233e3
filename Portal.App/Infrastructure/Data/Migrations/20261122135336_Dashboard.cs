using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "CaseActions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DashboardPreferences",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastCaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChosenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardPreferences", x => x.PersonId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseActions_ExternalId",
                table: "CaseActions",
                column: "ExternalId",
                unique: true,
                filter: "ExternalId IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardPreferences");

            migrationBuilder.DropIndex(
                name: "IX_CaseActions_ExternalId",
                table: "CaseActions");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "CaseActions");
        }
    }
}
