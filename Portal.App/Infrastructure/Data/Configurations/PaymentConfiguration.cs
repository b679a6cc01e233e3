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
        builder.Property(p => p.DisbursedToLast4).HasMaxLength(4);
        // An online payment's processor reference ties it to the portal's record; many NULLs are allowed on both providers.
        builder.Property(p => p.ProcessorReference).HasMaxLength(40);
        builder.HasIndex(p => p.ProcessorReference).IsUnique();
        builder.Ignore(p => p.Counts);
    }
}
