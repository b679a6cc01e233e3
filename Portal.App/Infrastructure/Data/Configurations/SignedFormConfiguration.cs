using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class SignedFormConfiguration : IEntityTypeConfiguration<SignedForm>
{
    public void Configure(EntityTypeBuilder<SignedForm> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Reference).HasMaxLength(FormReference.MaxLength);
        builder.Property(f => f.OfficeCode).HasMaxLength(Case.OfficeCodeMaxLength);
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.PersonId).HasMaxLength(20);
        builder.Property(f => f.SignerIp).HasMaxLength(SignedForm.IpMaxLength);
        builder.Property(f => f.ContentSha256).HasMaxLength(64);
        builder.Property(f => f.PdfStorageKey).HasMaxLength(32);
        builder.Property(f => f.PdfProtectedKey).HasMaxLength(1000);
        builder.Property(f => f.AccountLast4).HasMaxLength(4);
        builder.Property(f => f.NotApprovedReason).HasMaxLength(FormStatusChange.ReasonMaxLength);
        builder.Property(f => f.AssignedToUserId).HasMaxLength(450);
        builder.Property(f => f.AssignedToName).HasMaxLength(256);
        builder.Ignore(f => f.IsActiveAuthorization);
        builder.HasIndex(f => f.Reference).IsUnique();
        // A parent's list; the staff queue, by status and age; a case's forms; the unopened ones.
        builder.HasIndex(f => new { f.UserId, f.SignedAt });
        builder.HasIndex(f => new { f.Status, f.SignedAt });
        builder.HasIndex(f => f.CaseNumber);
        builder.HasIndex(f => new { f.FirstOpenedAt, f.OpenLateFrom });
        builder.HasIndex(f => f.RelatedId);
    }
}
