using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AttemptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignUpAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedAnswers = table.Column<string>(type: "TEXT", nullable: false),
                    SsnFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SsnLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    SealedSsn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReminderDaysLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ProtectedSignedName = table.Column<string>(type: "TEXT", nullable: true),
                    SignerIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PdfStorageKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PdfProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PdfSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseSystemChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProtectedDeclineReason = table.Column<string>(type: "TEXT", nullable: true),
                    LinkedCaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    LinkedPersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProtectedBody = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
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
