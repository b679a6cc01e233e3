namespace Portal.Tests.Support;

/// <summary>Reads the committed seed files directly (not through the app's importer), to check what the app loaded.</summary>
public static class SeedCsv
{
    public static int RowCount(string file) =>
        File.ReadLines(Path.Combine(RepositoryPaths.SeedData, file)).Skip(1).Count(line => line.Length > 0);

    /// <summary>The values of one column; good for columns that hold no commas or quotes (ids, SSNs, dates).</summary>
    public static IEnumerable<string> Column(string file, string name)
    {
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.SeedData, file)).ToList();
        var index = Array.IndexOf(lines[0].Split(','), name);
        if (index < 0) throw new ArgumentException($"{file} has no column {name}");
        return lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')[index].Trim('"'));
    }
}
