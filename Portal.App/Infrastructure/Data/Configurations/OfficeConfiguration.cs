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
        builder.OwnsOne(o => o.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(100);
            address.Property(a => a.Line2).HasMaxLength(100);
            address.Property(a => a.City).HasMaxLength(60);
            address.Property(a => a.State).HasMaxLength(2);
            address.Property(a => a.Zip).HasMaxLength(10);
            address.Ignore(a => a.Zip5);
        });
        builder.ComplexProperty(o => o.Location);
    }
}
