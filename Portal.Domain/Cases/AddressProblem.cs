namespace Portal.Domain.Cases;

/// <summary>What is wrong with one field of a mailing address a parent entered.</summary>
public enum AddressProblem
{
    None,
    Required,
    TooLong,
    /// <summary>A character the case system cannot hold on an envelope: markup, emoji, control characters.</summary>
    UnsupportedCharacters,
    UnknownState,
    InvalidZip,
}
