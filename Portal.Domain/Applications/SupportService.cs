namespace Portal.Domain.Applications;

/// <summary>What an applicant can ask the Division to do (IV-D services, 45 CFR 303).</summary>
public enum SupportService
{
    EstablishPaternity,
    EstablishOrder,
    EnforceOrder,
    ModifyOrder,
}
