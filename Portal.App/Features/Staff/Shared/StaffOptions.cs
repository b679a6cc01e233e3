using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Staff.Shared;

/// <summary>Configuration "Staff": the phone PIN attempt limit.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Wrong phone PINs staff may try for one account within <see cref="PhonePinWindow"/>; then checks are refused.</summary>
    [Range(1, 100)]
    public int PhonePinAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PhonePinWindow { get; set; } = TimeSpan.FromHours(1);
}
