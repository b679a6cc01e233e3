using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploaderPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UploadedByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedFileName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScanStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_CaseNumber_UploadedAt",
                table: "CaseDocuments",
                columns: new[] { "CaseNumber", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_StorageKey",
                table: "CaseDocuments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_UploadedByUserId_UploadedAt",
                table: "CaseDocuments",
                columns: new[] { "UploadedByUserId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDocuments");
        }
    }
}
