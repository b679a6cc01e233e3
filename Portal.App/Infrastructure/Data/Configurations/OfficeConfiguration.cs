using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Offices;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Phone).HasMaxLength(20);
        builder.OwnsOne(o => o.Address, MailingAddressMapping.Configure);
        builder.ComplexProperty(o => o.Location);
    }
}
