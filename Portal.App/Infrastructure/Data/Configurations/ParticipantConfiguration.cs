using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.PersonId).HasMaxLength(20);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.SsnFingerprint).HasMaxLength(64);
        builder.Property(p => p.SsnLast4).HasMaxLength(4).IsFixedLength();
        builder.Property(p => p.Email).HasMaxLength(256);
        // The numbers as one JSON column: they are only ever read and replaced with the person.
        builder.OwnsMany(p => p.Phones, phones =>
        {
            phones.ToJson();
            phones.Property(p => p.Number).HasMaxLength(20);
            phones.Ignore(p => p.Display);
        });
        builder.Navigation(p => p.Phones).HasField("phones");
        builder.OwnsOne(p => p.Address, MailingAddressMapping.Configure);
        builder.Ignore(p => p.IsParent);
        builder.Ignore(p => p.FullName);
        // Registration and recovery find a person by SSN fingerprint; an account finds its cases by PersonId.
        builder.HasIndex(p => p.SsnFingerprint);
        builder.HasIndex(p => p.PersonId);
    }
}
