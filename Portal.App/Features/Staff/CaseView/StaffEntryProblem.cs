namespace Portal.App.Features.Staff.CaseView;

/// <summary>Why a payment or case action a caseworker entered was not recorded; each names the field to fix.</summary>
public enum StaffEntryProblem
{
    AmountMissing,
    AmountNotPositive,
    AmountTooPrecise,
    AmountTooLarge,
    DateMissing,
    DateInFuture,
    /// <summary>Before 1900-01-01 (<see cref="Portal.Domain.SaneDates"/>): a slip, like 0001-01-01.</summary>
    DateTooEarly,
    SourceUnknown,
    TypeUnknown,
    DescriptionMissing,
    DescriptionTooLong,
    /// <summary>The case record writer refused it (e.g. the case no longer exists): nothing was saved.</summary>
    NotRecorded,
}
