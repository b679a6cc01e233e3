using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Forms;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class FormStatusChangeConfiguration : IEntityTypeConfiguration<FormStatusChange>
{
    public void Configure(EntityTypeBuilder<FormStatusChange> builder)
    {
        builder.Property(c => c.ByUserId).HasMaxLength(450);
        builder.Property(c => c.Reason).HasMaxLength(FormStatusChange.ReasonMaxLength);
        builder.HasOne<SignedForm>().WithMany().HasForeignKey(c => c.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.FormId, c.At });
    }
}
