namespace Portal.App.Infrastructure.Payments.Sandbox;

public enum SandboxOutcome
{
    Succeeded,
    Declined,
    Failed,
}
