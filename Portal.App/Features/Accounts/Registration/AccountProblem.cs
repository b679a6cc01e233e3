namespace Portal.App.Features.Accounts.Registration;

public enum AccountProblem
{
    UserNameTaken,
    UserNameNotAllowed,
    EmailNotValid,
}
