using Portal.App.Features.Accounts.Shared;
using Portal.App.Platform.Session;

namespace Portal.App.Features.Accounts.Registration;

public enum AccountProblem
{
    UserNameTaken,
    UserNameNotAllowed,
    EmailNotValid,
}
