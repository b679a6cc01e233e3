namespace Portal.App.Infrastructure.Data;

/// <summary>Whether and from where the demo data is loaded into an empty database (configuration "Seed").</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Load the demo data (cases, offices, demo accounts) when the database has no cases. Off in production.</summary>
    public bool Enabled { get; set; }

    /// <summary>The folder holding the seed files; relative paths are under the app's base directory.</summary>
    public string Path { get; set; } = "seed-data";
}
