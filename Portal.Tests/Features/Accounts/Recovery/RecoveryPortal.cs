using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Recovery;

/// <summary>One seeded portal with a controlled clock per test class, and the demo parent's recovery details.</summary>
public sealed class RecoveryPortal : IDisposable
{
    public static readonly DemoParent Parent = DemoData.Load().Identities.RegisteredParent;

    public RecoveryPortal() : this(postgres: null)
    {
    }

    /// <summary>On a PostgreSQL database of the leg (the caller drops it after disposing this).</summary>
    internal RecoveryPortal(PostgresDatabase? postgres) => Portal = new(seed: true, postgres: postgres);

    public ControlledPortal Portal { get; }

    public AccountRecovery Recovery => Portal.Services.GetRequiredService<AccountRecovery>();

    public static CaseNumber ParentCase => CaseNumber.Parse(Parent.CaseNumber);

    public static IReadOnlyList<SecurityQuestion> ParentQuestions =>
        [.. Parent.SecurityAnswers!.Select(a => Enum.Parse<SecurityQuestion>(a.Question))];

    /// <summary>The right answers, typed loosely (case and spacing do not matter).</summary>
    public static IReadOnlyList<string?> RightAnswers(RecoveryChallenge challenge) =>
        [.. challenge.Questions.Select(q => "  " + Parent.SecurityAnswers!.Single(a => a.Question == q.ToString()).Answer.ToUpperInvariant() + " ")];

    public static IReadOnlyList<string?> WrongAnswers => ["nope", "wrong", "guess"];

    public async Task<int> CountEmailsAsync(string kind, string? to = null)
    {
        await using var db = await Portal.CreateDbContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.Kind == kind && (to == null || m.ToAddress == to));
    }

    public void Dispose() => Portal.Dispose();
}
