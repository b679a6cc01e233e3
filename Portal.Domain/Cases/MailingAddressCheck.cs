namespace Portal.Domain.Cases;

/// <summary>The outcome of <see cref="MailingAddressRules.Check"/>: each field's problem, and the tidied address when there is none.</summary>
public sealed record MailingAddressCheck(
    AddressProblem Line1,
    AddressProblem Line2,
    AddressProblem City,
    AddressProblem State,
    AddressProblem Zip,
    MailingAddress? Address)
{
    public bool IsValid => Line1 == AddressProblem.None && Line2 == AddressProblem.None && City == AddressProblem.None
        && State == AddressProblem.None && Zip == AddressProblem.None;
}
