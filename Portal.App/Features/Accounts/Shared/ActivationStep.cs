namespace Portal.App.Features.Accounts.Shared;

/// <summary>Where a verification link leads: the first unfinished step, or why it no longer works.</summary>
public enum ActivationStep
{
    CreatePassword,
    SecurityQuestions,
    PhonePin,
    Done,
    LinkExpired,
    LinkSuperseded,
    LinkAlreadyUsed,
    LinkUnknown,
}
