using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

/// <summary>The columns of a mailing address, wherever an entity owns one.</summary>
public static class MailingAddressMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, MailingAddress> address) where TOwner : class
    {
        address.Property(a => a.Line1).HasMaxLength(100);
        address.Property(a => a.Line2).HasMaxLength(100);
        address.Property(a => a.City).HasMaxLength(60);
        address.Property(a => a.State).HasMaxLength(2);
        address.Property(a => a.Zip).HasMaxLength(10);
        address.Ignore(a => a.Zip5);
    }
}
