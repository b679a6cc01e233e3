using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.App.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageThreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MessageThreads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ParentPersonId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedSubject = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignedToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyLateFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstReplyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstReplySeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    ParentUnread = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageThreads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThreadMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProtectedBody = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreadMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThreadMessages_MessageThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "MessageThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MessageAttachments",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageAttachments", x => new { x.MessageId, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_MessageAttachments_CaseDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "CaseDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MessageAttachments_ThreadMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "ThreadMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MessageAttachments_DocumentId",
                table: "MessageAttachments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageThreads_CaseNumber",
                table: "MessageThreads",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MessageThreads_ParentUserId_LastMessageAt",
                table: "MessageThreads",
                columns: new[] { "ParentUserId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MessageThreads_Status_ReplyLateFrom",
                table: "MessageThreads",
                columns: new[] { "Status", "ReplyLateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ThreadMessages_ThreadId_SentAt",
                table: "ThreadMessages",
                columns: new[] { "ThreadId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MessageAttachments");

            migrationBuilder.DropTable(
                name: "ThreadMessages");

            migrationBuilder.DropTable(
                name: "MessageThreads");
        }
    }
}
