using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Notifications;
using Portal.Domain.Cases;
using Portal.Domain.Offices;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// The portal's model, and its SQLite context (the default provider, with the migrations in Migrations/).
/// <see cref="PostgresPortalDbContext"/> is the same model on PostgreSQL with its own migrations (docs/database.md).
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options) : base(options)
    {
    }

    /// <summary>For a provider's own context: its options, its migrations.</summary>
    protected PortalDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<SupportOrder> SupportOrders => Set<SupportOrder>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<CaseAction> CaseActions => Set<CaseAction>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Which instance runs each scheduled job now (<see cref="Background.JobLeases"/>).</summary>
    public DbSet<Background.JobLease> JobLeases => Set<Background.JobLease>();
    public DbSet<FailedMatchAttempt> FailedMatchAttempts => Set<FailedMatchAttempt>();
    public DbSet<TakenUserNameAnswer> TakenUserNameAnswers => Set<TakenUserNameAnswer>();
    public DbSet<EmailVerificationToken> EmailVerificationTokens => Set<EmailVerificationToken>();
    public DbSet<RegistrationDraft> RegistrationDrafts => Set<RegistrationDraft>();
    public DbSet<SecurityAnswerRecord> SecurityAnswers => Set<SecurityAnswerRecord>();
    public DbSet<PendingSignIn> PendingSignIns => Set<PendingSignIn>();
    public DbSet<PortalSession> PortalSessions => Set<PortalSession>();
    public DbSet<RecoveryAttempt> RecoveryAttempts => Set<RecoveryAttempt>();
    public DbSet<CaseNumberLookup> CaseNumberLookups => Set<CaseNumberLookup>();
    public DbSet<DashboardPreference> DashboardPreferences => Set<DashboardPreference>();
    public DbSet<StaffAuditEntry> StaffAuditEntries => Set<StaffAuditEntry>();
    public DbSet<CaseSystemChange> CaseSystemChanges => Set<CaseSystemChange>();
    public DbSet<NotificationChoice> NotificationChoices => Set<NotificationChoice>();
    public DbSet<EmailChangeRequest> EmailChangeRequests => Set<EmailChangeRequest>();
    public DbSet<AccountActivity> AccountActivities => Set<AccountActivity>();
    public DbSet<PasskeyUse> PasskeyUses => Set<PasskeyUse>();
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<ThreadMessage> ThreadMessages => Set<ThreadMessage>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();
    public DbSet<SignedForm> SignedForms => Set<SignedForm>();
    public DbSet<FormStatusChange> FormStatusChanges => Set<FormStatusChange>();
    public DbSet<OnlinePayment> OnlinePayments => Set<OnlinePayment>();
    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();
    public DbSet<SignUpAttempt> SignUpAttempts => Set<SignUpAttempt>();
    public DbSet<SupportApplication> SupportApplications => Set<SupportApplication>();
    public DbSet<ApplicationMessage> ApplicationMessages => Set<ApplicationMessage>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

    /// <summary>Data Protection's key ring when the instances share it (PortalDataProtection), each key encrypted at rest outside Development.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ConfigureInstants(configurationBuilder);
        // Money as whole cents: SQLite cannot order or compare decimal in SQL, and cents are exact on every provider.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToCentsConverter>();
        configurationBuilder.Properties<CaseNumber>().HaveConversion<CaseNumberToStringConverter>().HaveMaxLength(CaseNumber.Length);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <summary>SQLite cannot order or compare DateTimeOffset in SQL: instants are stored as UTC ticks.</summary>
    protected virtual void ConfigureInstants(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
