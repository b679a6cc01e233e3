using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Applications;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ProtectedFileName).HasMaxLength(1000);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StorageKey).HasMaxLength(32);
        builder.Property(d => d.ProtectedKey).HasMaxLength(1000);
        builder.Ignore(d => d.MayBeServed);
        builder.HasOne<SupportApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.StorageKey).IsUnique();
        builder.HasIndex(d => new { d.ApplicationId, d.UploadedAt });
    }
}
