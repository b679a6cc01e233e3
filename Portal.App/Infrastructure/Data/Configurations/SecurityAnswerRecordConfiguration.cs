using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class SecurityAnswerRecordConfiguration : IEntityTypeConfiguration<SecurityAnswerRecord>
{
    public void Configure(EntityTypeBuilder<SecurityAnswerRecord> builder)
    {
        builder.ToTable("SecurityAnswers");
        builder.Property(a => a.AnswerHash).HasMaxLength(200);
        builder.HasIndex(a => new { a.UserId, a.Question }).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
