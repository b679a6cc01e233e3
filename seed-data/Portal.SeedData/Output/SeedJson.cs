using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.SeedData.Output;

/// <summary>JSON as the app reads it (web defaults: camelCase), indented with "\n" and accented names left readable.</summary>
internal static class SeedJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
