using Portal.Domain.Applications;

namespace Portal.Tests.Domain;

/// <summary>The application's section tags, what completes a section, the expiry date and its reminders, and references.</summary>
public sealed class ApplicationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Started = new(2026, 11, 1, 17, 0, 0, TimeSpan.Zero);

    private static ApplicationAnswers AboutYou() => new()
    {
        FirstName = "Ana", LastName = "Ruiz", DateOfBirth = new DateOnly(1990, 4, 2), SsnLast4 = "6789", Role = ApplicantRole.ReceivingParent,
        Line1 = "400 W Congress St", City = "Tucson", State = "AZ", Zip = "85701",
    };

    private static ApplicationAnswers Complete()
    {
        var answers = AboutYou();
        answers.OtherNameUnknown = answers.OtherDateOfBirthUnknown = answers.OtherAddressUnknown = answers.OtherEmployerUnknown = true;
        answers.Children = [new ApplicationChild { FirstName = "Mia", LastName = "Ruiz", DateOfBirth = new DateOnly(2019, 6, 1) }];
        answers.Employed = false;
        answers.MonthlyIncome = 0m;
        answers.HasCourtOrder = false;
        answers.Services = [SupportService.EstablishOrder];
        answers.DocumentsLater = true;
        return answers;
    }

    [Fact]
    public void A_new_application_has_every_section_not_started_and_the_declaration_waiting()
    {
        var answers = new ApplicationAnswers();
        foreach (var section in ApplicationSections.Filled) Assert.Equal(SectionStatus.NotStarted, ApplicationSections.StatusOf(section, answers, Today));
        Assert.Equal(SectionStatus.CannotStartYet, ApplicationSections.StatusOf(ApplicationSection.Declaration, answers, Today));
    }

    [Fact]
    public void A_section_with_some_answers_is_in_progress_and_with_all_of_them_completed()
    {
        var answers = new ApplicationAnswers { FirstName = "Ana" };
        Assert.Equal(SectionStatus.InProgress, ApplicationSections.StatusOf(ApplicationSection.AboutYou, answers, Today));
        Assert.Equal(SectionStatus.Completed, ApplicationSections.StatusOf(ApplicationSection.AboutYou, AboutYou(), Today));
    }

    [Fact]
    public void I_dont_know_is_a_complete_answer_about_the_other_parent()
    {
        var answers = new ApplicationAnswers { OtherFirstName = "Luis", OtherLastName = "Ruiz", OtherDateOfBirthUnknown = true, OtherAddressUnknown = true };
        Assert.Equal(SectionStatus.InProgress, ApplicationSections.StatusOf(ApplicationSection.OtherParent, answers, Today));
        Assert.Contains(ApplicationSections.Problems(ApplicationSection.OtherParent, answers, Today), p => p.Field == "other-employer");
        answers.OtherEmployerUnknown = true;
        Assert.Equal(SectionStatus.Completed, ApplicationSections.StatusOf(ApplicationSection.OtherParent, answers, Today));
    }

    [Fact]
    public void Children_need_one_child_with_a_name_and_a_birth_date_under_nineteen()
    {
        var answers = new ApplicationAnswers { Children = [new ApplicationChild { FirstName = "Mia", LastName = "Ruiz", DateOfBirth = new DateOnly(2006, 1, 1) }] };
        Assert.Equal(new ApplicationProblem("child-0-date-of-birth", "ChildTooOld"), Assert.Single(ApplicationSections.Problems(ApplicationSection.Children, answers, Today)));
        answers.Children[0].DateOfBirth = Today.AddDays(1);
        Assert.Equal("DateInFuture", Assert.Single(ApplicationSections.Problems(ApplicationSection.Children, answers, Today)).Message);
        answers.Children[0].DateOfBirth = new DateOnly(2019, 6, 1);
        answers.Children.Add(new ApplicationChild());
        Assert.Equal(SectionStatus.Completed, ApplicationSections.StatusOf(ApplicationSection.Children, answers, Today));
    }

    [Fact]
    public void An_employed_applicant_names_their_employer_and_income_is_whole_cents()
    {
        var answers = new ApplicationAnswers { Employed = true, MonthlyIncome = 2500.005m };
        var problems = ApplicationSections.Problems(ApplicationSection.Income, answers, Today);
        Assert.Equal(["employer-name", "monthly-income"], problems.Select(p => p.Field));
        answers.EmployerName = "Desert Grocers";
        answers.MonthlyIncome = 2500m;
        Assert.Equal(SectionStatus.Completed, ApplicationSections.StatusOf(ApplicationSection.Income, answers, Today));
    }

    [Fact]
    public void A_court_order_names_its_court_and_a_service_must_be_chosen()
    {
        var answers = new ApplicationAnswers { HasCourtOrder = true };
        Assert.Equal("court-order-court", Assert.Single(ApplicationSections.Problems(ApplicationSection.CourtOrders, answers, Today)).Field);
        Assert.Equal("ServiceRequired", Assert.Single(ApplicationSections.Problems(ApplicationSection.Services, answers, Today)).Message);
    }

    [Fact]
    public void The_declaration_opens_once_every_other_section_is_complete()
    {
        var answers = Complete();
        Assert.True(ApplicationSections.CanSign(answers, Today));
        Assert.Equal(SectionStatus.NotStarted, ApplicationSections.StatusOf(ApplicationSection.Declaration, answers, Today));
        answers.Services.Clear();
        Assert.Equal(SectionStatus.CannotStartYet, ApplicationSections.StatusOf(ApplicationSection.Declaration, answers, Today));
    }

    [Fact]
    public void An_applicant_without_an_ssn_says_so_instead()
    {
        var answers = AboutYou();
        answers.SsnLast4 = null;
        Assert.Equal("ssn", Assert.Single(ApplicationSections.Problems(ApplicationSection.AboutYou, answers, Today)).Field);
        answers.NoSsn = true;
        Assert.Empty(ApplicationSections.Problems(ApplicationSection.AboutYou, answers, Today));
    }

    [Fact]
    public void An_application_expires_sixty_days_after_it_was_started()
    {
        var expiry = ApplicationExpiry.Default;
        Assert.Equal(Started.AddDays(60), expiry.ExpiresAt(Started));
        Assert.False(expiry.IsExpired(Started, Started.AddDays(60).AddTicks(-1)));
        Assert.True(expiry.IsExpired(Started, Started.AddDays(60)));
    }

    [Fact]
    public void Reminders_go_at_thirty_and_seven_days_left_each_once()
    {
        var expiry = ApplicationExpiry.Default;
        Assert.Null(expiry.ReminderDue(Started, null, Started.AddDays(29)));
        Assert.Equal(30, expiry.ReminderDue(Started, null, Started.AddDays(30)));
        Assert.Null(expiry.ReminderDue(Started, 30, Started.AddDays(40)));
        Assert.Equal(7, expiry.ReminderDue(Started, 30, Started.AddDays(53)));
        Assert.Null(expiry.ReminderDue(Started, 7, Started.AddDays(59)));
        Assert.Null(expiry.ReminderDue(Started, null, Started.AddDays(60)));
    }

    [Fact]
    public void A_reminder_missed_while_a_later_one_is_due_is_not_sent_late()
    {
        Assert.Equal(7, ApplicationExpiry.Default.ReminderDue(Started, null, Started.AddDays(55)));
        var custom = new ApplicationExpiry(TimeSpan.FromDays(10), [5]);
        Assert.Equal(5, custom.ReminderDue(Started, null, Started.AddDays(6)));
    }

    [Fact]
    public void An_application_reference_reads_like_a_forms_with_an_a()
    {
        var reference = ApplicationReference.From([0, 1, 2, 3, 28, 29, 30, 31]);
        Assert.Equal("A-0123-WXYZ", reference);
        Assert.Equal(ApplicationReference.MaxLength, reference.Length);
    }
}
