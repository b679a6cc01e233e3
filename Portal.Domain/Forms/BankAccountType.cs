namespace Portal.Domain.Forms;

public enum BankAccountType
{
    Checking,
    Savings,
}
