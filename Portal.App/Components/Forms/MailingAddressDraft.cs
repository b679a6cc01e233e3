using Microsoft.Extensions.Localization;
using Portal.Domain.Cases;

namespace Portal.App.Components.Forms;

/// <summary>A mailing address as typed into <see cref="MailingAddressFields"/>: kept as typed through every refusal, checked by <see cref="MailingAddressRules"/>.</summary>
public sealed class MailingAddressDraft
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }

    public static MailingAddressDraft From(MailingAddress? address) =>
        new() { Line1 = address?.Line1, Line2 = address?.Line2, City = address?.City, State = address?.State, Zip = address?.Zip };

    public MailingAddressCheck Check() => MailingAddressRules.Check(Line1, Line2, City, State, Zip);

    /// <summary>The check's problems as messages at the fields <see cref="MailingAddressFields"/> rendered with <paramref name="idPrefix"/>.</summary>
    public static IReadOnlyList<FieldError> Errors(string idPrefix, MailingAddressCheck check, IStringLocalizer<ContactFieldText> text)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(text);
        string? Message(string field, AddressProblem problem) => problem == AddressProblem.None ? null : text[$"{field}_{problem}"].Value;
        return FieldErrors.Collect(
            ($"{idPrefix}-line1", Message("Line1", check.Line1)),
            ($"{idPrefix}-line2", Message("Line2", check.Line2)),
            ($"{idPrefix}-city", Message("City", check.City)),
            ($"{idPrefix}-state", Message("State", check.State)),
            ($"{idPrefix}-zip", Message("Zip", check.Zip)));
    }
}
