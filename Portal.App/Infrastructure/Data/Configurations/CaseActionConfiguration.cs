using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class CaseActionConfiguration : IEntityTypeConfiguration<CaseAction>
{
    public void Configure(EntityTypeBuilder<CaseAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.Property(a => a.ExternalId).HasMaxLength(40);
        // Imports and the staff workspace record an action once by its external id (CaseRecordWriter).
        builder.HasIndex(a => a.ExternalId).IsUnique().HasFilter("ExternalId IS NOT NULL");
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The dashboard's "10 most recent actions": one case, newest first.
        builder.HasIndex(a => new { a.CaseId, a.OccurredAt }).IsDescending(false, true);
    }
}
