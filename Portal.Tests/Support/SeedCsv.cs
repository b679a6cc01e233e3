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

    /// <summary>Each row as column name to value; for files whose fields hold no commas or quotes (not case-actions.csv).</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.SeedData, file)).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
            (IReadOnlyDictionary<string, string>)header.Zip(line.Split(','), (name, value) => (name, value)).ToDictionary(p => p.name, p => p.value));
    }
}
