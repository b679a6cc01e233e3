namespace Portal.SeedData;

/// <summary>
/// Finds the repository's seed-data folder from wherever the generator runs (bin/Debug/..., a published
/// folder, or the repository itself): the nearest folder up the tree that holds Portal.sln.
/// </summary>
internal static class SeedDataFolderLocator
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Portal.sln"))) return Path.Combine(folder.FullName, "seed-data");
            }
        }
        throw new DirectoryNotFoundException("Could not find Portal.sln above the generator or the current folder; pass --out DIR.");
    }
}
