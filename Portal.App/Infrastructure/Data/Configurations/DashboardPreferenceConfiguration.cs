using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class DashboardPreferenceConfiguration : IEntityTypeConfiguration<DashboardPreference>
{
    public void Configure(EntityTypeBuilder<DashboardPreference> builder)
    {
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.PersonId).HasMaxLength(20);
    }
}
