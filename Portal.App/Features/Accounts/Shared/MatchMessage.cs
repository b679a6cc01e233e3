
namespace Portal.App.Features.Accounts.Shared;

/// <summary>What "Find your case" says after the matcher answered without a match.</summary>
public enum MatchMessage
{
    None,
    /// <summary>The one message for every failed match, whatever the reason.</summary>
    NoMatch,
    /// <summary>The details match a non-IV-D case: the Clerk of Court serves it.</summary>
    ClerkOfCourt,
}
