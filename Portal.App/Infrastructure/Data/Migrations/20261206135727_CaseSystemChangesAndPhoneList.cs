using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseSystemChangesAndPhoneList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Phones",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            // The one number the case system sent becomes the first of the list, as the import now stores it: a mobile, digits only.
            migrationBuilder.Sql("""
                UPDATE "Participants"
                SET "Phones" = json_array(json_object('Kind', 'Mobile', 'Number',
                    replace(replace(replace(replace(replace("Phone", '-', ''), ' ', ''), '(', ''), ')', ''), '.', '')))
                WHERE "Phone" IS NOT NULL AND "Phone" <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Participants");

            migrationBuilder.CreateTable(
                name: "CaseSystemChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedContent = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSystemChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSystemChanges_ClaimToken",
                table: "CaseSystemChanges",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSystemChanges_PersonId_RequestedAt",
                table: "CaseSystemChanges",
                columns: new[] { "PersonId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSystemChanges_Status_NextAttemptAt",
                table: "CaseSystemChanges",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSystemChanges");

            migrationBuilder.DropColumn(
                name: "Phones",
                table: "Participants");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }
    }
}
