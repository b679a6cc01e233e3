using System.ComponentModel.DataAnnotations;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>Configuration "RecentSignIn": how recent a sign-in (or the password typed again) a sensitive change needs.</summary>
public sealed class RecentSignInOptions
{
    public const string Section = "RecentSignIn";

    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan Window { get; set; } = RecentSignInRule.DefaultWindow;

    public RecentSignInRule Rule => new(Window);
}
