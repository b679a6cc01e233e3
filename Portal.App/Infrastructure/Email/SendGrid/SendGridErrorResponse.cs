using System.Text.Json;

namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>SendGrid's error body: <c>{"errors":[{"message":"...","field":"...","help":"..."}]}</c>.</summary>
internal sealed record SendGridErrorResponse(IReadOnlyList<SendGridError>? Errors)
{
    private const int MaxRawLength = 300;

    // SendGrid's names are lower case ("message", "field"): matched without regard to case.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The provider's messages (with the field each is about) joined into one line; the raw body, shortened,
    /// when it is not SendGrid's JSON (a proxy's HTML page, say); null when there is nothing to say.
    /// </summary>
    public static string? Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            var errors = JsonSerializer.Deserialize<SendGridErrorResponse>(body, JsonOptions)?.Errors;
            if (errors is { Count: > 0 })
            {
                return string.Join("; ", errors.Select(e => string.IsNullOrWhiteSpace(e.Field) ? e.Message : $"{e.Message} (field {e.Field})"));
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's JSON: fall through to the raw text.
        }
        var raw = body.Trim();
        return raw.Length <= MaxRawLength ? raw : raw[..MaxRawLength] + "...";
    }
}

internal sealed record SendGridError(string? Message, string? Field, string? Help);
