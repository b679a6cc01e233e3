namespace Portal.App.Infrastructure.Data;

/// <summary>Which database the portal runs on (<c>Database:Provider</c>); the connection is <c>ConnectionStrings:Portal</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the default, the demo and the tests.</summary>
    Sqlite,

    /// <summary>PostgreSQL: a shared database for several app servers.</summary>
    Postgres,
}
