namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>What the sandbox's page posts: a card or a bank account, as a processor's hosted page takes them.</summary>
public sealed class SandboxForm
{
    public string? CardNumber { get; set; }
    public string? Expiry { get; set; }
    public string? Cvc { get; set; }
    public string? NameOnCard { get; set; }
    public string? RoutingNumber { get; set; }
    public string? AccountNumber { get; set; }
    public string? AccountType { get; set; }
}
