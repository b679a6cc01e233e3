using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public class SupportOrderTests
{
    [Fact]
    public void An_order_starting_mid_month_first_falls_due_the_next_first()
    {
        var order = new SupportOrder(Money.Dollars(250), new DateOnly(2026, 3, 15));

        Assert.Equal(new DateOnly(2026, 4, 1), order.FirstDueDate);
        Assert.Equal(0, order.InstallmentsDueThrough(new DateOnly(2026, 3, 31)));
        Assert.Equal(1, order.InstallmentsDueThrough(new DateOnly(2026, 4, 1)));
        Assert.Equal(12, order.InstallmentsDueThrough(new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void An_order_must_be_for_a_positive_amount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupportOrder(Money.Zero, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Overlapping_orders_on_one_case_are_refused()
    {
        var @case = new Case(CaseNumber.FromSerial(1), CaseProgram.IvD, "Maricopa", "PHX", new DateOnly(2024, 1, 1));
        @case.AddOrder(new SupportOrder(Money.Dollars(300), new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Throws<InvalidOperationException>(() => @case.AddOrder(new SupportOrder(Money.Dollars(350), new DateOnly(2025, 6, 1))));
        @case.AddOrder(new SupportOrder(Money.Dollars(350), new DateOnly(2026, 1, 1)));
        Assert.Equal(2, @case.Orders.Count);
    }

    [Fact]
    public void Only_open_iv_d_cases_are_served_by_the_portal()
    {
        var ivD = new Case(CaseNumber.FromSerial(2), CaseProgram.IvD, "Pima", "TUC", new DateOnly(2024, 1, 1));
        var nonIvD = new Case(CaseNumber.FromSerial(3), CaseProgram.NonIvD, "Pima", "TUC", new DateOnly(2024, 1, 1));

        Assert.True(ivD.IsServedByPortal);
        Assert.False(nonIvD.IsServedByPortal);
        ivD.Close(new DateOnly(2025, 1, 1));
        Assert.False(ivD.IsServedByPortal);
    }
}
