using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class RecoveryAttemptConfiguration : IEntityTypeConfiguration<RecoveryAttempt>
{
    public void Configure(EntityTypeBuilder<RecoveryAttempt> builder)
    {
        builder.HasIndex(a => a.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
