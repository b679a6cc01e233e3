using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

/// <summary>The staff roles are reference data: the migrations create them, so no start-up code races to.</summary>
public sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(PortalRoles.All.Select(role => new IdentityRole(role)
        {
            Id = role.ToLowerInvariant(),
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role.ToLowerInvariant(),
        }));
}
