using System.Xml.Linq;

namespace Portal.Tests.Platform.Localization;

/// <summary>No page ships half-translated: every English .resx has a Spanish twin with the same keys, and neither has blanks.</summary>
public sealed class ResourceTranslationTests
{
    public static TheoryData<string> EnglishResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ResourceFiles().Where(file => !IsSpanish(file)))
        {
            data.Add(Path.GetRelativePath(AppDirectory, file));
        }
        return data;
    }

    [Fact]
    public void The_app_has_resources_to_check() =>
        Assert.Contains(ResourceFiles(), file => !IsSpanish(file));

    [Theory]
    [MemberData(nameof(EnglishResourceFiles))]
    public void Every_English_text_has_a_Spanish_translation_and_back(string englishFile)
    {
        var english = Path.Combine(AppDirectory, englishFile);
        var spanish = Path.ChangeExtension(english, ".es.resx");
        Assert.True(File.Exists(spanish), $"{englishFile} has no Spanish twin {Path.GetFileName(spanish)}");

        var englishTexts = Read(english);
        var spanishTexts = Read(spanish);

        Assert.Empty(englishTexts.Keys.Except(spanishTexts.Keys));
        Assert.Empty(spanishTexts.Keys.Except(englishTexts.Keys));
        Assert.Empty(englishTexts.Concat(spanishTexts).Where(text => string.IsNullOrWhiteSpace(text.Value)).Select(text => text.Key));
    }

    [Fact]
    public void Every_Spanish_file_translates_an_English_one()
    {
        var orphans = ResourceFiles()
            .Where(IsSpanish)
            .Where(spanish => !File.Exists(spanish[..^".es.resx".Length] + ".resx"))
            .Select(spanish => Path.GetRelativePath(AppDirectory, spanish));

        Assert.Empty(orphans);
    }

    [Fact]
    public void The_sign_in_name_is_called_one_thing_in_each_language()
    {
        // Pages and emails that call it "user name" in one place and "username" in another read as two different things.
        var texts = ResourceFiles().SelectMany(file => Read(file).Select(text => (File: Path.GetFileName(file), Spanish: IsSpanish(file), text.Key, text.Value))).ToList();

        Assert.Empty(texts.Where(t => !t.Spanish && t.Value.Contains("user name", StringComparison.OrdinalIgnoreCase)).Select(t => $"{t.File}: {t.Key}"));
        Assert.Empty(texts.Where(t => t.Spanish && System.Text.RegularExpressions.Regex.IsMatch(t.Value, "(?<!nombres? de )usuario", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Select(t => $"{t.File}: {t.Key}"));
    }

    private static string AppDirectory { get; } = FindAppDirectory();

    private static IEnumerable<string> ResourceFiles() =>
        Directory.EnumerateFiles(AppDirectory, "*.resx", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static bool IsSpanish(string file) => file.EndsWith(".es.resx", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "");

    // The tests run from bin/; the sources sit beside Portal.sln.
    private static string FindAppDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return Path.Combine(directory.FullName, "Portal.App");
            }
        }
        throw new DirectoryNotFoundException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
