using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Documents;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450);
        builder.Property(d => d.UploaderPersonId).HasMaxLength(64);
        builder.Property(d => d.ProtectedFileName).HasMaxLength(1000);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StorageKey).HasMaxLength(32);
        builder.Property(d => d.ProtectedKey).HasMaxLength(1000);
        builder.Property(d => d.NotAcceptedReason).HasMaxLength(CaseDocument.ReasonMaxLength);
        builder.Property(d => d.ReviewedByUserId).HasMaxLength(450);
        builder.Ignore(d => d.MayBeServedToParent);
        builder.Ignore(d => d.MayBeServedToStaff);
        builder.HasIndex(d => d.StorageKey).IsUnique();
        // The staff case page's list, and a parent's own list.
        builder.HasIndex(d => new { d.CaseNumber, d.UploadedAt });
        builder.HasIndex(d => new { d.UploadedByUserId, d.UploadedAt });
    }
}
