using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        // A copy of the case's office code: the same length.
        builder.Property(t => t.OfficeCode).HasMaxLength(Case.OfficeCodeMaxLength);
        builder.Property(t => t.ParentUserId).HasMaxLength(450);
        builder.Property(t => t.ParentPersonId).HasMaxLength(20);
        builder.Property(t => t.AssignedToUserId).HasMaxLength(450);
        builder.Property(t => t.AssignedToName).HasMaxLength(256);
        // A parent's list and unread count; the inbox, oldest due first; a case's threads.
        builder.HasIndex(t => new { t.ParentUserId, t.LastMessageAt });
        builder.HasIndex(t => new { t.Status, t.ReplyLateFrom });
        builder.HasIndex(t => t.CaseNumber);
    }
}
