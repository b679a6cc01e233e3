using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountsCaseRecordsAndAudit : Migration
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

            migrationBuilder.AddColumn<long>(
                name: "AccessDisabledAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastFailedSignInAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastSignInAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecurityQuestionsResetAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseNumberLookups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LookedUpAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberLookups", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "PendingSignIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReturnUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CodeIssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CodeExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CodesSent = table.Column<int>(type: "INTEGER", nullable: false),
                    WrongCodes = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingSignIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingSignIns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecoveryAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AttemptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoveryAttempts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffAuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StaffUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SubjectUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseActions_ExternalId",
                table: "CaseActions",
                column: "ExternalId",
                unique: true,
                filter: "ExternalId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNumberLookups_ClientKey_LookedUpAt",
                table: "CaseNumberLookups",
                columns: new[] { "ClientKey", "LookedUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNumberLookups_LookedUpAt",
                table: "CaseNumberLookups",
                column: "LookedUpAt");

            migrationBuilder.CreateIndex(
                name: "IX_PendingSignIns_ExpiresAt",
                table: "PendingSignIns",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_PendingSignIns_TokenHash",
                table: "PendingSignIns",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingSignIns_UserId",
                table: "PendingSignIns",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryAttempts_UserId",
                table: "RecoveryAttempts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_CaseNumber_OccurredAt",
                table: "StaffAuditEntries",
                columns: new[] { "CaseNumber", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_OccurredAt",
                table: "StaffAuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_StaffUserName_OccurredAt",
                table: "StaffAuditEntries",
                columns: new[] { "StaffUserName", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAuditEntries_SubjectUserId_Action_OccurredAt",
                table: "StaffAuditEntries",
                columns: new[] { "SubjectUserId", "Action", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNumberLookups");

            migrationBuilder.DropTable(
                name: "DashboardPreferences");

            migrationBuilder.DropTable(
                name: "PendingSignIns");

            migrationBuilder.DropTable(
                name: "RecoveryAttempts");

            migrationBuilder.DropTable(
                name: "StaffAuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_CaseActions_ExternalId",
                table: "CaseActions");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "CaseActions");

            migrationBuilder.DropColumn(
                name: "AccessDisabledAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastFailedSignInAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSignInAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SecurityQuestionsResetAt",
                table: "AspNetUsers");
        }
    }
}
