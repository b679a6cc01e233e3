using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Registration;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class RegistrationDraftConfiguration : IEntityTypeConfiguration<RegistrationDraft>
{
    public void Configure(EntityTypeBuilder<RegistrationDraft> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CaseNumberText).HasMaxLength(40);
        builder.Property(d => d.BirthMonth).HasMaxLength(10);
        builder.Property(d => d.BirthDay).HasMaxLength(10);
        builder.Property(d => d.BirthYear).HasMaxLength(10);
        builder.Property(d => d.AddressLine1).HasMaxLength(200);
        builder.Property(d => d.AddressLine2).HasMaxLength(200);
        builder.Property(d => d.Zip).HasMaxLength(20);
        builder.Property(d => d.PersonId).HasMaxLength(40);
        builder.Property(d => d.MatchedCaseNumber).HasMaxLength(20);
        builder.Property(d => d.FirstName).HasMaxLength(100);
        builder.Property(d => d.LastName).HasMaxLength(100);
        builder.Property(d => d.EmailOnFile).HasMaxLength(256);
        builder.Property(d => d.Email).HasMaxLength(256);
        builder.Property(d => d.ConfirmEmail).HasMaxLength(256);
        builder.Property(d => d.UserName).HasMaxLength(256);
        builder.Property(d => d.CreatedUserId).HasMaxLength(450);
        builder.Property(d => d.BrowserKeyHash).HasMaxLength(64);
        builder.Ignore(d => d.IsMatched);
        builder.HasIndex(d => d.CreatedAt);
    }
}
