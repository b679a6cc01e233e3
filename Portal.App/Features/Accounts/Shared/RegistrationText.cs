namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// Names the resources (RegistrationText.resx, RegistrationText.es.resx) the registration wizard's pages and
/// steps share: the steps show each other's labels (the review step repeats every field), so their text lives
/// in one place instead of being copied beside each step.
/// </summary>
public sealed class RegistrationText;
