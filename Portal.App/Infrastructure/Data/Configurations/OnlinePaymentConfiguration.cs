using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Data.Configurations;

public sealed class OnlinePaymentConfiguration : IEntityTypeConfiguration<OnlinePayment>
{
    public void Configure(EntityTypeBuilder<OnlinePayment> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ReceiptNumber).HasMaxLength(OnlinePaymentReceipt.MaxLength);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.PersonId).HasMaxLength(20);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(OnlinePayment.KeyMaxLength);
        builder.Property(p => p.ProcessorSessionId).HasMaxLength(OnlinePayment.ReferenceMaxLength);
        builder.Property(p => p.ProcessorReference).HasMaxLength(OnlinePayment.ReferenceMaxLength);
        builder.Property(p => p.Brand).HasMaxLength(40);
        builder.Property(p => p.Last4).HasMaxLength(4);
        builder.Property(p => p.Reason).HasMaxLength(64);
        builder.Ignore(p => p.IsFinal);
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.HasIndex(p => p.IdempotencyKey).IsUnique();
        builder.HasIndex(p => p.ProcessorSessionId);
        // Unique once set (both providers treat NULLs as distinct): what the case system's import matches on.
        builder.HasIndex(p => p.ProcessorReference).IsUnique();
        // One debit per authorization and scheduled date, whatever runs the scheduler.
        builder.HasIndex(p => new { p.AuthorizationId, p.ScheduledOn }).IsUnique();
        // The dashboard's "submitted online" list, and the scheduler's retries.
        builder.HasIndex(p => new { p.CaseNumber, p.Status });
        builder.HasIndex(p => new { p.Status, p.RetryOn });
    }
}
