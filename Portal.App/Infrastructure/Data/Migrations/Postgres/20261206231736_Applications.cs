using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignUpAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttemptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignUpAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "text", nullable: false),
                    SsnFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SsnLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    SealedSsn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastReminderDaysLeft = table.Column<int>(type: "integer", nullable: true),
                    Reference = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ProtectedSignedName = table.Column<string>(type: "text", nullable: true),
                    SignerIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PdfStorageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PdfProtectedKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PdfSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    CaseSystemChangeId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ProtectedDeclineReason = table.Column<string>(type: "text", nullable: true),
                    LinkedCaseNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    LinkedPersonId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportApplications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStaff = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProtectedBody = table.Column<string>(type: "text", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationMessages_SupportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SupportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationMessages_ApplicationId_SentAt",
                table: "ApplicationMessages",
                columns: new[] { "ApplicationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUpAttempts_AttemptedAt",
                table: "SignUpAttempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SignUpAttempts_ClientKey_AttemptedAt",
                table: "SignUpAttempts",
                columns: new[] { "ClientKey", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_Reference",
                table: "SupportApplications",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_Status_ExpiresAt",
                table: "SupportApplications",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_Status_SubmittedAt",
                table: "SupportApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_UserId",
                table: "SupportApplications",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationMessages");

            migrationBuilder.DropTable(
                name: "SignUpAttempts");

            migrationBuilder.DropTable(
                name: "SupportApplications");
        }
    }
}
