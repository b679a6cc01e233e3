namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>The words of the sandbox's payment page (SandboxText.resx).</summary>
public sealed class SandboxText;
