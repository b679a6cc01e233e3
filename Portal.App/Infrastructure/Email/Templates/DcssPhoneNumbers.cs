namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The customer service numbers every message ends with, as printed and as dialled.</summary>
public static class DcssPhoneNumbers
{
    public const string PhoenixArea = "602-252-4045";
    public const string PhoenixAreaDial = "tel:+16022524045";

    public const string TollFree = "800-882-4151";
    public const string TollFreeDial = "tel:+18008824151";

    /// <summary>Arizona Relay Service, for TTY/TDD users.</summary>
    public const string Relay = "7-1-1";
    public const string RelayDial = "tel:711";
}
