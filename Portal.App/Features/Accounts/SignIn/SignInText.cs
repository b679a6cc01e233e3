namespace Portal.App.Features.Accounts.SignIn;

/// <summary>Marker for the sign-in flow's shared resources (SignInText.resx): its pages repeat each other's words.</summary>
public sealed class SignInText;
