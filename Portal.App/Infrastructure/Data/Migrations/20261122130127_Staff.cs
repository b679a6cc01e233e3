using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Staff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SecurityQuestionsResetAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

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
                name: "StaffAuditEntries");

            migrationBuilder.DropColumn(
                name: "SecurityQuestionsResetAt",
                table: "AspNetUsers");
        }
    }
}
