using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Dashboard;

/// <summary>
/// "Why my balance changed": a case's statement for a parent on it, from the ledger's rules, so its closing arrears are
/// the dashboard's. A case the parent is not on, and one that does not exist, are both null.
/// </summary>
public sealed class CaseStatements(IDbContextFactory<PortalDbContext> dbFactory, ParentCaseAccess access, TimeProvider time)
{
    public async Task<CaseStatementView?> ForAsync(ClaimsPrincipal user, string? caseText, CancellationToken ct = default)
    {
        if (await access.ResolveAsync(user, caseText, ct) is not { } caseNumber) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Cases.IdOfAsync(caseNumber, ct) is not { } caseId) return null;
        var (orders, payments) = await db.LedgerOfAsync(caseId, ct);
        return new CaseStatementView(caseNumber, CaseStatement.For(orders, payments, ArizonaTime.Today(time)));
    }
}

/// <summary>A case's statement, newest month last, and how to find one month of it from the address ("2026-11").</summary>
public sealed record CaseStatementView(CaseNumber CaseNumber, CaseStatement Statement)
{
    /// <summary>The month named, or the latest when none is named; null for a month the statement does not have.</summary>
    public StatementMonth? Month(string? yearMonth)
    {
        if (Statement.Months.Count == 0) return null;
        if (string.IsNullOrEmpty(yearMonth)) return Statement.Months[^1];
        return StatementMonths.TryParse(yearMonth, out var first) ? Statement.Months.FirstOrDefault(m => m.Month == first) : null;
    }
}

public static class StatementMonths
{
    /// <summary>A month as the address writes it: "2026-11".</summary>
    public static string Key(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly firstOfMonth) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out firstOfMonth);
}
