namespace Portal.Domain.Accounts;

/// <summary>
/// The steps of creating an account, as one journey numbered the same on every page: four to find the case and
/// choose the account, the email to verify, then three behind the emailed link, and done.
/// </summary>
public enum JourneyStep
{
    FindCase = 1,
    Account = 2,
    Terms = 3,
    Review = 4,
    VerifyEmail = 5,
    CreatePassword = 6,
    SecurityQuestions = 7,
    PhonePin = 8,
    Done = 9,
}
