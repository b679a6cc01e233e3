using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Registration;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class SignUpAttemptConfiguration : IEntityTypeConfiguration<SignUpAttempt>
{
    public void Configure(EntityTypeBuilder<SignUpAttempt> builder)
    {
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.HasIndex(a => new { a.ClientKey, a.AttemptedAt });
        builder.HasIndex(a => a.AttemptedAt);
    }
}
