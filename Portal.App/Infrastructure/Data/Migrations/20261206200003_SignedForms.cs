using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignedForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedAccountNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignerRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedSignedName = table.Column<string>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignerIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PdfStorageKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PdfProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PdfSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedAccountNumber = table.Column<string>(type: "TEXT", nullable: true),
                    AccountLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RelatedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotApprovedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssignedToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FirstOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenLateFrom = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FormStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormStatusChanges_SignedForms_FormId",
                        column: x => x.FormId,
                        principalTable: "SignedForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_ExpiresAt",
                table: "FormDrafts",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_UserId_Kind_CaseNumber",
                table: "FormDrafts",
                columns: new[] { "UserId", "Kind", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormStatusChanges_FormId_At",
                table: "FormStatusChanges",
                columns: new[] { "FormId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_CaseNumber",
                table: "SignedForms",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_FirstOpenedAt_OpenLateFrom",
                table: "SignedForms",
                columns: new[] { "FirstOpenedAt", "OpenLateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_Reference",
                table: "SignedForms",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_RelatedId",
                table: "SignedForms",
                column: "RelatedId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_Status_SignedAt",
                table: "SignedForms",
                columns: new[] { "Status", "SignedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedForms_UserId_SignedAt",
                table: "SignedForms",
                columns: new[] { "UserId", "SignedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropTable(
                name: "FormStatusChanges");

            migrationBuilder.DropTable(
                name: "SignedForms");
        }
    }
}
