using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Infrastructure.CaseSystem.Changes;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class CaseSystemChangeConfiguration : IEntityTypeConfiguration<CaseSystemChange>
{
    public void Configure(EntityTypeBuilder<CaseSystemChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PersonId).HasMaxLength(20);
        builder.Property(c => c.RequestedByUserId).HasMaxLength(450);
        builder.Property(c => c.RejectionReason).HasMaxLength(CaseSystemChange.ReasonMaxLength);
        builder.Property(c => c.LastError).HasMaxLength(500);
        // The export's question (what is due), a person's history, and the claim's read-back.
        builder.HasIndex(c => new { c.Status, c.NextAttemptAt });
        builder.HasIndex(c => new { c.PersonId, c.RequestedAt });
        builder.HasIndex(c => c.ClaimToken);
    }
}
