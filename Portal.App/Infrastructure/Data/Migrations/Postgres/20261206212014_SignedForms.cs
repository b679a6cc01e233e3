using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "text", nullable: false),
                    ProtectedAccountNumber = table.Column<string>(type: "text", nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OfficeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignerRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "text", nullable: false),
                    ProtectedSignedName = table.Column<string>(type: "text", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignerIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PdfStorageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PdfProtectedKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PdfSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ProtectedAccountNumber = table.Column<string>(type: "text", nullable: true),
                    AccountLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RelatedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotApprovedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedToUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FirstOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenLateFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FormStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
