using Portal.Domain.Applications;

namespace Portal.App.Features.Applications;

public abstract record ApplicationSubmitResult
{
    private ApplicationSubmitResult() { }

    public sealed record Submitted(string Reference) : ApplicationSubmitResult;

    /// <summary>A section or the signature does not pass: the first section with problems (null for the signature) and its problems.</summary>
    public sealed record Invalid(ApplicationSection? Section, IReadOnlyList<ApplicationProblem> Problems) : ApplicationSubmitResult;

    /// <summary>No draft to submit: already submitted, expired, or not an applicant.</summary>
    public sealed record NotAvailable : ApplicationSubmitResult;
}
