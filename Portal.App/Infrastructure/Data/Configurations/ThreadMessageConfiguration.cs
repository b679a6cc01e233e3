using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Messages;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorUserId).HasMaxLength(450);
        builder.Property(m => m.AuthorName).HasMaxLength(ThreadMessage.AuthorNameMaxLength);
        builder.HasOne<MessageThread>().WithMany().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ThreadId, m.SentAt });
    }
}
