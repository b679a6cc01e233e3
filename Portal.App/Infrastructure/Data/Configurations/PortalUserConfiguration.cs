using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.PersonId).HasMaxLength(20);
        builder.HasIndex(u => u.PersonId).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.Property(u => u.PhonePinHash).HasMaxLength(200);
        // Only AuthenticatorCodeVerifier's conditional UPDATEs write it. UserManager.UpdateAsync saves every column of
        // the copy it holds, and ExecuteUpdate changes neither that copy nor the concurrency stamp: a sign-in that read
        // the account before its code was checked would otherwise write the older step back and the code would work again.
        builder.Property(u => u.LastAuthenticatorStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
