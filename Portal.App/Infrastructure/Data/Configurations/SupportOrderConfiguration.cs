using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class SupportOrderConfiguration : IEntityTypeConfiguration<SupportOrder>
{
    public void Configure(EntityTypeBuilder<SupportOrder> builder)
    {
        builder.Ignore(o => o.FirstDueDate);
    }
}
