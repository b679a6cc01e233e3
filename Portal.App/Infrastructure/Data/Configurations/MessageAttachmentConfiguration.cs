using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Messages;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> builder)
    {
        builder.HasKey(a => new { a.MessageId, a.DocumentId });
        builder.HasOne<ThreadMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        // A document sent with a message stays with the case's record: it cannot be deleted from under the message.
        builder.HasOne<CaseDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.DocumentId);
    }
}
