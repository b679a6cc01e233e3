using System.Text;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Files for the other side of a folder: written under a hidden temporary name, then renamed into place, so the reader never sees half a file.</summary>
public static class CaseSystemFiles
{
    public const string TemporarySuffix = ".partial";

    public static async Task WriteAsync(string folder, string name, string text, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + name + TemporarySuffix);
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), ct);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }
}
