using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> builder)
    {
        builder.Property(e => e.StaffUserId).HasMaxLength(450);
        builder.Property(e => e.StaffUserName).HasMaxLength(256);
        builder.Property(e => e.CaseNumber).HasMaxLength(10);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(StaffAuditEntry.DetailMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(StaffAuditEntry.ReasonMaxLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.StaffUserName, e.OccurredAt });
        builder.HasIndex(e => new { e.CaseNumber, e.OccurredAt });
        // The phone PIN attempt limit counts an account's recent checks.
        builder.HasIndex(e => new { e.SubjectUserId, e.Action, e.OccurredAt });
    }
}
