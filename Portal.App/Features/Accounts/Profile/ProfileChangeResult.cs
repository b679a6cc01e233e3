namespace Portal.App.Features.Accounts.Profile;

/// <summary>What a change made on the profile page did.</summary>
public enum ProfileChangeResult
{
    Saved,
    /// <summary>Nothing differs from what is held already: nothing is sent.</summary>
    Unchanged,
    /// <summary>The account belongs to no participant on a case (a staff account): there is nothing to change.</summary>
    NoCase,
    /// <summary>The account is gone or signed out meanwhile.</summary>
    SessionEnded,
}
