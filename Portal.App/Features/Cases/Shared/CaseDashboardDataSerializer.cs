using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// How a prerendered dashboard's data travels to its circuit as persisted state (CaseDashboard): JSON with the
/// domain's value types written as their plain values (a case number as its digits, money as a number), and without
/// the properties that are computed from the others.
/// </summary>
public static class CaseDashboardDataSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CaseNumberConverter(), new MoneyConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutComputedProperties } },
    };

    /// <summary>The data as a JSON element, which the page's persisted state writes as it is (no second encoding).</summary>
    public static JsonElement Persist(CaseDashboardData value) => JsonSerializer.SerializeToElement(value, Options);

    public static CaseDashboardData Restore(JsonElement data) =>
        data.Deserialize<CaseDashboardData>(Options) ?? throw new JsonException("No dashboard data in the persisted state.");

    // A property with neither a setter nor a constructor parameter (RecentAction.OccurredAtIso, PaymentRow.Counts, ...)
    // is derived from the others: reading it back is impossible and writing it wastes bytes in every prerendered page.
    private static void WithoutComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i] is { Set: null, AssociatedParameter: null }) info.Properties.RemoveAt(i);
        }
    }

    private sealed class CaseNumberConverter : JsonConverter<CaseNumber>
    {
        public override CaseNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CaseNumber.TryParse(reader.GetString(), out var caseNumber) ? caseNumber : throw new JsonException("Not a case number.");

        public override void Write(Utf8JsonWriter writer, CaseNumber value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digits);
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
    }
}
