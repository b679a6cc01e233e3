using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// A filter whose <c>EF.Functions.Like</c> ignores case on every provider: SQLite's LIKE already does (for ASCII
/// letters); PostgreSQL's is case-sensitive, so there it becomes <c>ILIKE</c>.
/// </summary>
public static class CaseInsensitiveLike
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    public static IQueryable<T> WhereLikeIgnoringCase<T>(this IQueryable<T> query, DatabaseFacade database, Expression<Func<T, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(database);
        return query.Where(database.IsNpgsql() ? (Expression<Func<T, bool>>)new LikeToILike().Visit(predicate) : predicate);
    }

    private sealed class LikeToILike : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == Like ? Expression.Call(ILike, node.Arguments.Select(Visit)!) : base.VisitMethodCall(node);
    }
}
