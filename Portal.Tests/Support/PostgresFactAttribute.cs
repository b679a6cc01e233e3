namespace Portal.Tests.Support;

/// <summary>
/// A test against a real PostgreSQL server: it runs in ./test.sh's PostgreSQL leg, which starts a throw-away server,
/// names it in PORTAL_TEST_POSTGRES and selects these tests by their trait (<c>[Trait("Database", "Postgres")]</c>).
/// Anywhere else it is reported as skipped, never as passed.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Trait = "Database";
    public const string Postgres = "Postgres";

    public PostgresFactAttribute()
    {
        if (PostgresDatabase.ServerConnectionString is null) Skip = $"Needs PostgreSQL: runs in ./test.sh's PostgreSQL leg ({PostgresDatabase.ServerVariable})";
    }
}
