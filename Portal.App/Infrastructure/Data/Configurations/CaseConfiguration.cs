using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.County).HasMaxLength(40);
        builder.Property(c => c.OfficeCode).HasMaxLength(Case.OfficeCodeMaxLength);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Orders).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Orders).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsServedByPortal);
    }
}
