namespace Portal.App.Features.Cases.Shared;

/// <summary>Which page of a case's payments to show: an optional date range (inclusive), a sort and a page.</summary>
public sealed record PaymentQuery(DateOnly? From, DateOnly? To, PaymentSort Sort, bool Descending, int Skip, int Take)
{
    public const int PageSize = 10;

    /// <summary>What a dashboard opens with: every payment, newest first, the first page.</summary>
    public static readonly PaymentQuery Default = new(null, null, PaymentSort.ReceivedOn, Descending: true, Skip: 0, Take: PageSize);

    public bool IsDefault => this == Default;
}
