using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class FailedMatchAttemptConfiguration : IEntityTypeConfiguration<FailedMatchAttempt>
{
    public void Configure(EntityTypeBuilder<FailedMatchAttempt> builder)
    {
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.Property(a => a.CaseNumber).HasMaxLength(20);
        builder.HasIndex(a => new { a.ClientKey, a.AttemptedAt });
        builder.HasIndex(a => new { a.CaseNumber, a.AttemptedAt });
        builder.HasIndex(a => a.AttemptedAt);
    }
}
