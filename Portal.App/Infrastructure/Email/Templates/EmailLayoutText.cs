namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The words around every message (wordmark, link fallback, footer), already in the recipient's language.</summary>
/// <param name="LinkFallback">The sentence before the plain URL, for mail programs that do not show the button.</param>
/// <param name="CustomerService">The footer's opening: whom to call with questions.</param>
/// <param name="PhoenixArea">Label of <see cref="DcssPhoneNumbers.PhoenixArea"/>.</param>
/// <param name="TollFree">Label of <see cref="DcssPhoneNumbers.TollFree"/>.</param>
/// <param name="Relay">Label of <see cref="DcssPhoneNumbers.Relay"/>.</param>
/// <param name="Hours">When agents answer, in Arizona time.</param>
/// <param name="Reason">Why the reader got this email, and that replies are not read.</param>
public sealed record EmailLayoutText(
    string Wordmark,
    string LinkFallback,
    string CustomerService,
    string PhoenixArea,
    string TollFree,
    string Relay,
    string Hours,
    string Reason);
