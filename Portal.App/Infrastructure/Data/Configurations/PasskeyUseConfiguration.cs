using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class PasskeyUseConfiguration : IEntityTypeConfiguration<PasskeyUse>
{
    public void Configure(EntityTypeBuilder<PasskeyUse> builder)
    {
        builder.HasKey(u => u.CredentialId);
        builder.Property(u => u.CredentialId).HasMaxLength(1024);
        // Removing the passkey (through Identity's store) removes when it was last used.
        builder.HasOne<IdentityUserPasskey<string>>().WithOne().HasForeignKey<PasskeyUse>(u => u.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
