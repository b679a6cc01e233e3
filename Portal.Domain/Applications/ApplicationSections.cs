using Portal.Domain.Cases;

namespace Portal.Domain.Applications;

/// <summary>
/// The section rules: what a section needs to be complete (its problems), and its tag on the task list. A section
/// nobody has touched is "not started"; touched with problems left, "in progress"; without problems, "completed". The
/// declaration cannot start until every other section is complete. Submitting checks every section again.
/// </summary>
public static class ApplicationSections
{
    public const int MaxNameLength = 60;
    public const int MaxTextLength = 200;
    public const int MaxChildren = 10;
    public const decimal MaxMonthlyIncome = 1_000_000m;

    /// <summary>The sections an applicant fills in (all but the declaration).</summary>
    public static readonly IReadOnlyList<ApplicationSection> Filled = [.. Enum.GetValues<ApplicationSection>().Where(s => s != ApplicationSection.Declaration)];

    /// <param name="documentsSent">How many documents were uploaded with the application (the Documents section's answer, besides "I'll send later").</param>
    public static SectionStatus StatusOf(ApplicationSection section, ApplicationAnswers answers, DateOnly today, int documentsSent = 0)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (section == ApplicationSection.Declaration) return CanSign(answers, today) ? SectionStatus.NotStarted : SectionStatus.CannotStartYet;
        if (!IsTouched(section, answers, documentsSent)) return SectionStatus.NotStarted;
        return Problems(section, answers, today).Count == 0 ? SectionStatus.Completed : SectionStatus.InProgress;
    }

    /// <summary>Every filled section is complete: the declaration may be signed.</summary>
    public static bool CanSign(ApplicationAnswers answers, DateOnly today) => Filled.All(s => Problems(s, answers, today).Count == 0);

    public static IReadOnlyList<ApplicationProblem> Problems(ApplicationSection section, ApplicationAnswers answers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<ApplicationProblem>();
        switch (section)
        {
            case ApplicationSection.AboutYou:
                Name(problems, "first-name", answers.FirstName);
                Name(problems, "last-name", answers.LastName);
                BirthDate(problems, "date-of-birth", answers.DateOfBirth, today, adult: true);
                if (answers.SsnLast4 is null && !answers.NoSsn) problems.Add(new("ssn", "SsnRequired"));
                if (answers.Role is null) problems.Add(new("role-receivingparent", "RoleRequired"));
                var address = MailingAddressRules.Check(answers.Line1, answers.Line2, answers.City, answers.State, answers.Zip);
                if (address.Address is null) problems.Add(new("address-line1", "AddressIncomplete"));
                if (!string.IsNullOrWhiteSpace(answers.Phone) && !PhoneNumber.TryParse(answers.Phone, out _)) problems.Add(new("phone", "PhoneInvalid"));
                break;
            case ApplicationSection.OtherParent:
                if (!answers.OtherNameUnknown)
                {
                    Name(problems, "other-first-name", answers.OtherFirstName);
                    Name(problems, "other-last-name", answers.OtherLastName);
                }
                if (!answers.OtherDateOfBirthUnknown) BirthDate(problems, "other-date-of-birth", answers.OtherDateOfBirth, today, adult: true);
                if (!answers.OtherAddressUnknown) Text(problems, "other-address", answers.OtherAddress);
                if (!answers.OtherEmployerUnknown) Text(problems, "other-employer", answers.OtherEmployer);
                break;
            case ApplicationSection.Children:
                var children = answers.Children.Where(c => !c.IsEmpty).ToList();
                if (children.Count == 0) problems.Add(new("child-0-first-name", "ChildRequired"));
                if (children.Count > MaxChildren) problems.Add(new("child-0-first-name", "TooManyChildren"));
                for (var i = 0; i < answers.Children.Count; i++)
                {
                    var child = answers.Children[i];
                    if (child.IsEmpty) continue;
                    Name(problems, $"child-{i}-first-name", child.FirstName);
                    Name(problems, $"child-{i}-last-name", child.LastName);
                    BirthDate(problems, $"child-{i}-date-of-birth", child.DateOfBirth, today, adult: false);
                }
                break;
            case ApplicationSection.Income:
                if (answers.Employed is null) problems.Add(new("employed-yes", "EmployedRequired"));
                if (answers.Employed == true) Text(problems, "employer-name", answers.EmployerName);
                if (answers.MonthlyIncome is not { } income) problems.Add(new("monthly-income", "IncomeRequired"));
                else if (income < 0 || income > MaxMonthlyIncome || decimal.Round(income, 2) != income) problems.Add(new("monthly-income", "IncomeInvalid"));
                break;
            case ApplicationSection.CourtOrders:
                if (answers.HasCourtOrder is null) problems.Add(new("court-order-yes", "CourtOrderRequired"));
                if (answers.HasCourtOrder == true) Text(problems, "court-order-court", answers.CourtOrderCourt);
                if (answers.HasCourtOrder == true && answers.CourtOrderNumber is { Length: > MaxNameLength }) problems.Add(new("court-order-number", "TextTooLong"));
                break;
            case ApplicationSection.Services:
                if (answers.Services.Count == 0) problems.Add(new("service-establishpaternity", "ServiceRequired"));
                break;
            case ApplicationSection.Documents:
                break;
        }
        return problems;
    }

    private static bool IsTouched(ApplicationSection section, ApplicationAnswers a, int documentsSent) => section switch
    {
        ApplicationSection.AboutYou => Any(a.FirstName, a.LastName, a.SsnLast4, a.Line1, a.Line2, a.City, a.State, a.Zip, a.Phone) || a.DateOfBirth is not null || a.NoSsn || a.Role is not null,
        ApplicationSection.OtherParent => Any(a.OtherFirstName, a.OtherLastName, a.OtherAddress, a.OtherEmployer) || a.OtherDateOfBirth is not null
            || a.OtherNameUnknown || a.OtherDateOfBirthUnknown || a.OtherAddressUnknown || a.OtherEmployerUnknown,
        ApplicationSection.Children => a.Children.Any(c => !c.IsEmpty),
        ApplicationSection.Income => a.Employed is not null || a.MonthlyIncome is not null || Any(a.EmployerName),
        ApplicationSection.CourtOrders => a.HasCourtOrder is not null,
        ApplicationSection.Services => a.Services.Count > 0,
        // Documents are optional: the section is done once the applicant sends one, or says they will send them later.
        ApplicationSection.Documents => a.DocumentsLater || documentsSent > 0,
        _ => false,
    };

    private static bool Any(params string?[] values) => values.Any(v => !string.IsNullOrWhiteSpace(v));

    private static void Name(List<ApplicationProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(new(field, "NameRequired"));
        else if (value.Trim().Length > MaxNameLength) problems.Add(new(field, "NameTooLong"));
    }

    private static void Text(List<ApplicationProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(new(field, "TextRequired"));
        else if (value.Trim().Length > MaxTextLength) problems.Add(new(field, "TextTooLong"));
    }

    private static void BirthDate(List<ApplicationProblem> problems, string field, DateOnly? value, DateOnly today, bool adult)
    {
        if (value is not { } date) problems.Add(new(field, "DateRequired"));
        else if (date > today) problems.Add(new(field, "DateInFuture"));
        else if (date < SaneDates.Earliest) problems.Add(new(field, "DateTooEarly"));
        // Support is for children: under 19 (an Arizona order can run to 19 while the child is in high school).
        else if (!adult && date <= today.AddYears(-19)) problems.Add(new(field, "ChildTooOld"));
    }
}
