using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OnlinePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OnlinePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Fee = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProcessorSessionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProcessorReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Brand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Last4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuthorizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScheduledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    RetryOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlinePayments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedWebhookEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedWebhookEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_AuthorizationId_ScheduledOn",
                table: "OnlinePayments",
                columns: new[] { "AuthorizationId", "ScheduledOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_CaseNumber_Status",
                table: "OnlinePayments",
                columns: new[] { "CaseNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_IdempotencyKey",
                table: "OnlinePayments",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_ProcessorReference",
                table: "OnlinePayments",
                column: "ProcessorReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_ProcessorSessionId",
                table: "OnlinePayments",
                column: "ProcessorSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_ReceiptNumber",
                table: "OnlinePayments",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePayments_Status_RetryOn",
                table: "OnlinePayments",
                columns: new[] { "Status", "RetryOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnlinePayments");

            migrationBuilder.DropTable(
                name: "ProcessedWebhookEvents");
        }
    }
}
