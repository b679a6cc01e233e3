namespace Portal.App.Features.Accounts.Registration;

/// <summary>What "Apply for services" collected, ready for "Create account".</summary>
/// <param name="SignUpId">The page's id for this sign-up: submitted twice, it creates one account.</param>
public sealed record NewApplicant(Guid SignUpId, string FirstName, string LastName, DateOnly DateOfBirth, string Email, string UserName, string Culture);
