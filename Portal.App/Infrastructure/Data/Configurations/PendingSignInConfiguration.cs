using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class PendingSignInConfiguration : IEntityTypeConfiguration<PendingSignIn>
{
    public void Configure(EntityTypeBuilder<PendingSignIn> builder)
    {
        builder.Property(p => p.TokenHash).HasMaxLength(64);
        builder.HasIndex(p => p.TokenHash).IsUnique();
        builder.Property(p => p.CodeHash).HasMaxLength(64);
        builder.Property(p => p.ReturnUrl).HasMaxLength(2048);
        builder.HasIndex(p => p.ExpiresAt);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
