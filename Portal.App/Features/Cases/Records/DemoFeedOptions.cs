using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Cases.Records;

/// <summary>Configuration "DemoFeed": invented payments and actions on demo cases, so a demo's dashboards move.</summary>
public sealed class DemoFeedOptions : IValidatableObject
{
    public const string Section = "DemoFeed";

    public bool Enabled { get; set; }

    /// <summary>Time between two records.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Cases tried first every <see cref="FeaturedEvery"/>-th round: the demo parent's, so whoever tries the demo sees their
    /// dashboard move. They get no more than any case (what their order calls for, a few actions a day); the other rounds go to other cases.
    /// </summary>
    public List<string> FeaturedCases { get; set; } = [];

    [Range(1, 100)]
    public int FeaturedEvery { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Interval < TimeSpan.FromMilliseconds(100) || Interval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("DemoFeed:Interval must be between 00:00:00.1 and 01:00:00.", [nameof(Interval)]);
        }
        foreach (var caseNumber in FeaturedCases.Where(c => Portal.Domain.Cases.CaseNumber.Validate(c) != Portal.Domain.Cases.CaseNumberProblem.None))
        {
            yield return new ValidationResult($"DemoFeed:FeaturedCases holds '{caseNumber}', which is not a valid case number.", [nameof(FeaturedCases)]);
        }
    }
}
