using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class AccountActivityConfiguration : IEntityTypeConfiguration<AccountActivity>
{
    public void Configure(EntityTypeBuilder<AccountActivity> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        // An account's history, newest first.
        builder.HasIndex(a => new { a.UserId, a.OccurredAt });
    }
}
