using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Applications;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class SupportApplicationConfiguration : IEntityTypeConfiguration<SupportApplication>
{
    public void Configure(EntityTypeBuilder<SupportApplication> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.SsnFingerprint).HasMaxLength(64);
        builder.Property(a => a.SsnLast4).HasMaxLength(4);
        builder.Property(a => a.SealedSsn).HasMaxLength(1000);
        builder.Property(a => a.Reference).HasMaxLength(ApplicationReference.MaxLength);
        builder.Property(a => a.Culture).HasMaxLength(10);
        builder.Property(a => a.SignerIp).HasMaxLength(SupportApplication.IpMaxLength);
        builder.Property(a => a.ContentSha256).HasMaxLength(64);
        builder.Property(a => a.PdfStorageKey).HasMaxLength(32);
        builder.Property(a => a.PdfProtectedKey).HasMaxLength(1000);
        builder.Property(a => a.DecidedByUserId).HasMaxLength(450);
        builder.Property(a => a.LinkedCaseNumber).HasMaxLength(CaseNumber.Length);
        builder.Property(a => a.LinkedPersonId).HasMaxLength(20);
        builder.Ignore(a => a.IsOpen);
        // An account deleted (an unverified sign-up purged) takes its application with it.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Reference).IsUnique();
        // An applicant's application; the staff queue by status and age; the reminders' and the purge's question.
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        builder.HasIndex(a => new { a.Status, a.ExpiresAt });
    }
}
