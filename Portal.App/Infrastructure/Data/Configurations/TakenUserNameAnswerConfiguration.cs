using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Registration;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class TakenUserNameAnswerConfiguration : IEntityTypeConfiguration<TakenUserNameAnswer>
{
    public void Configure(EntityTypeBuilder<TakenUserNameAnswer> builder)
    {
        builder.Property(a => a.ClientKey).HasMaxLength(64);
        builder.HasIndex(a => new { a.ClientKey, a.AnsweredAt });
        builder.HasIndex(a => new { a.DraftId, a.AnsweredAt });
        builder.HasIndex(a => a.AnsweredAt);
    }
}
