using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.ReceiptNumber).HasMaxLength(20);
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The dashboard's payment history: one case, newest first.
        builder.HasIndex(p => new { p.CaseId, p.ReceivedOn }).IsDescending(false, true);
        builder.Ignore(p => p.Counts);
    }
}
