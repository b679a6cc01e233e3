using CsvHelper;

namespace Portal.SeedData.Output;

/// <summary>
/// The one CSV dialect of the seed files: invariant culture (CsvHelper's default), formats set by the maps in
/// CsvMaps/, "\n" line ends and UTF-8 without a byte order mark, so the bytes are the same on every machine.
/// </summary>
internal static class SeedCsv
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n", WriteByteOrderMark = false };

    public static CsvWriter OpenWriter(string path) => CsvWriter.Create(File.Create(path), WriterOptions);

    public static CsvReader OpenReader(string path) => CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default);
}
