using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Recovery;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class CaseNumberLookupConfiguration : IEntityTypeConfiguration<CaseNumberLookup>
{
    public void Configure(EntityTypeBuilder<CaseNumberLookup> builder)
    {
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.HasIndex(a => new { a.ClientKey, a.LookedUpAt });
        builder.HasIndex(a => a.LookedUpAt);
    }
}
