using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Applications;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class ApplicationMessageConfiguration : IEntityTypeConfiguration<ApplicationMessage>
{
    public void Configure(EntityTypeBuilder<ApplicationMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorUserId).HasMaxLength(450);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ApplicationId, m.SentAt });
    }
}
