using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Platform.Notifications;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class NotificationChoiceConfiguration : IEntityTypeConfiguration<NotificationChoice>
{
    public void Configure(EntityTypeBuilder<NotificationChoice> builder)
    {
        builder.HasKey(c => new { c.UserId, c.Topic });
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Topic).HasMaxLength(NotificationTopic.MaxKeyLength);
        // A sender's question: who of these accounts chose about this topic.
        builder.HasIndex(c => c.Topic);
    }
}
