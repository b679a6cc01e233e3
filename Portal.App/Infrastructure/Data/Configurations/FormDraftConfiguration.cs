using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Forms;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.PersonId).HasMaxLength(20);
        // One draft of a kind per account and case: resuming finds it, a second tab saves into it.
        builder.HasIndex(d => new { d.UserId, d.Kind, d.CaseNumber }).IsUnique();
        builder.HasIndex(d => d.ExpiresAt);
    }
}
