namespace Portal.Domain.Messages;

/// <summary>What a parent's message is about: it routes the thread in the caseworkers' inbox (stored by name).</summary>
public enum MessageTopic
{
    Payments,
    AddressOrEmployment,
    OrderChange,
    Enforcement,
    CaseClosure,
    Other,
}
