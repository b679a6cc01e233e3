namespace Portal.App.Features.Registration;

public enum AccountProblem
{
    UserNameTaken,
    UserNameNotAllowed,
    EmailNotValid,
}
