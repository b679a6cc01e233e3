namespace Portal.Domain.Accounts;

/// <summary>The wizard's steps, in order. The first four show in the step indicator; <see cref="Done"/> is the thank-you page.</summary>
public enum RegistrationStep
{
    FindCase = 1,
    Account = 2,
    Terms = 3,
    Review = 4,
    Done = 5,
}
