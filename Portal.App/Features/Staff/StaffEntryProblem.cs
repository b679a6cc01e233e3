namespace Portal.App.Features.Staff;

/// <summary>Why a payment or case action a caseworker entered was not recorded; each names the field to fix.</summary>
public enum StaffEntryProblem
{
    AmountMissing,
    AmountNotPositive,
    AmountTooPrecise,
    AmountTooLarge,
    DateMissing,
    DateInFuture,
    SourceUnknown,
    TypeUnknown,
    DescriptionMissing,
    DescriptionTooLong,
    /// <summary>The case record writer refused it (e.g. the case no longer exists): nothing was saved.</summary>
    NotRecorded,
}
