using System.Text.Json;
using Bogus;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.SeedData.Cases;
using Portal.SeedData.Geography;
using Portal.SeedData.Output;

namespace Portal.SeedData;

/// <summary>
/// Writes every seed file from one seeded random source, so the same options give the same bytes on any
/// machine on any day, then reads them back and checks them.
/// </summary>
internal static class SeedDataGenerator
{
    public static SeedCounts Run(SeedOptions options)
    {
        Directory.CreateDirectory(options.OutputFolder);
        var random = new Randomizer(options.Seed);
        var generator = new CaseGenerator(random, options.AsOf);
        var picker = new DemoIdentityPicker(options.AsOf);

        SeedCounts counts;
        using (var writer = new SeedFileWriter(options.OutputFolder))
        {
            for (var i = 0; i < options.Cases; i++)
            {
                var generated = generator.Next();
                writer.Write(generated);
                picker.Consider(generated);
            }
            counts = writer.Counts;
        }
        SeedFileWriter.WriteOffices(options.OutputFolder, ArizonaOffices.All, counts);

        var json = JsonSerializer.Serialize(picker.Result(), SeedJson.Options) + "\n";
        File.WriteAllText(Path.Combine(options.OutputFolder, SeedFiles.DemoIdentities), json, new System.Text.UTF8Encoding(false));

        new SeedDataVerifier(options.OutputFolder, options.AsOf).Verify();
        return counts;
    }
}
