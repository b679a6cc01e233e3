using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Features.Accounts.Security.Emails;
using Portal.App.Features.Accounts.Recovery.Emails;
using Portal.App.Features.Accounts.Registration.Emails;
using Portal.App.Features.Accounts.Shared.Emails;
using Portal.App.Features.Accounts.SignIn.Emails;
using Portal.App.Features.Staff.CaseView.Emails;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>
/// One message of a kind, the words that prove which language it is in (a phrase of its subject and heading),
/// and the facts it carries that both bodies must show.
/// </summary>
public sealed record EmailExample(EmailTemplate Template, string EnglishPhrase, string SpanishPhrase, IReadOnlyList<string> Facts)
{
    public const string DisplayName = "María López";

    public const string Code = "042917";

    public const string UserName = "maria.lopez82";

    /// <summary>10:15 AM in Arizona (UTC-7), 12:15 PM in Denver while daylight saving time is off, 17:15 UTC.</summary>
    public static readonly DateTimeOffset Instant = new(2026, 11, 23, 17, 15, 0, TimeSpan.Zero);

    public const string EnglishInstant = "November 23, 2026 at 10:15 AM Arizona time";

    public const string SpanishInstant = "23 de noviembre de 2026 a las 10:15 a. m., hora de Arizona";

    /// <summary>Escaped characters in the token must survive as they are: a decoded %2B would break the link.</summary>
    public static readonly Uri Link = new("https://portal.example.gov/account/confirm-email?userId=7f3c&code=Q2ZE%2Bx%2F9_k");

    public static readonly string CaseNumber = Portal.Domain.Cases.CaseNumber.FromSerial(123_456_789).Digits;

    public static IReadOnlyDictionary<string, EmailExample> ByKind { get; } = new EmailExample[]
    {
        new(new VerifyEmailAddressEmail(DisplayName, Link, Instant),
            "Confirm your email address", "Confirme su correo electrónico", [Link.AbsoluteUri]),
        new(new SignInCodeEmail(DisplayName, Code, Instant),
            "sign-in code", "código para iniciar sesión", [Code]),
        new(new RegistrationAttemptNoticeEmail(DisplayName, Instant),
            "Someone tried to create", "Alguien intentó crear", []),
        new(new EmailInUseNoticeEmail(DisplayName, Instant),
            "your email address", "su correo electrónico", []),
        new(new EmailOnFileNoticeEmail(DisplayName, Instant),
            "A portal account was created", "Se creó una cuenta del portal", []),
        new(new PasswordChangedEmail(DisplayName, Instant),
            "password was changed", "Se cambió la contraseña", []),
        new(new PasskeyAddedEmail(DisplayName, "Kitchen laptop", Instant),
            "was added to your", "Se agregó una llave de acceso", ["Kitchen laptop"]),
        new(new PasskeyRemovedEmail(DisplayName, "Kitchen laptop", Instant),
            "was removed from your", "Se quitó", ["Kitchen laptop"]),
        new(new UsernameReminderEmail(DisplayName, UserName),
            "Your username", "Su nombre de usuario", [UserName]),
        new(new CaseNumberReminderEmail(DisplayName, CaseNumber),
            "Your child support case number", "Su número de caso de manutención de menores", [CaseNumber]),
        new(new RecoveryLockedEmail(DisplayName, Instant),
            "Account recovery is locked", "La recuperación de su cuenta está bloqueada", []),
        new(new PhonePinCheckedEmail(DisplayName, Instant),
            "checked your phone PIN", "verificó su PIN telefónico", []),
        new(new AccountUnlockedEmail(DisplayName, Instant),
            "unlocked", "desbloque", []),
        new(new SecurityQuestionsResetEmail(DisplayName, Instant),
            "security questions", "preguntas de seguridad", []),
        new(new PortalAccessDisabledEmail(DisplayName, Instant),
            "access was turned off", "Se desactivó su acceso al portal", []),
        new(new PortalAccessEnabledEmail(DisplayName, Instant),
            "back on", "acceso al portal", []),
        new(new PaymentPostedEmail(DisplayName, CaseNumber, Portal.Domain.Payments.Money.Dollars(75m), new DateOnly(2026, 11, 20)),
            "A payment was recorded", "Se registró un pago", [CaseNumber]),
        new(new DocumentReviewedEmail(DisplayName, CaseNumber, Portal.Domain.Documents.DocumentType.CourtOrder, new DateOnly(2026, 11, 20), Accepted: false),
            "was not accepted", "No se aceptó", [CaseNumber]),
        new(new FormSubmittedEmail(DisplayName, "F-7K3M-9QXD", Portal.Domain.Forms.FormKind.CaseClosure, new DateOnly(2026, 11, 20), CaseNumber,
            new Uri("https://portal.example.gov/forms/0d5e7a3c-2f4b-4a8e-9c1d-7b6a5e4f3d2c")),
            "We received your signed form", "Recibimos su formulario firmado", [CaseNumber, "F-7K3M-9QXD", "https://portal.example.gov/forms/0d5e7a3c-2f4b-4a8e-9c1d-7b6a5e4f3d2c"]),
        new(new FormStatusChangedEmail(DisplayName, "F-7K3M-9QXD", Portal.Domain.Forms.FormKind.PaymentAuthorization, Portal.Domain.Forms.FormStatus.NotApproved),
            "Update on your form", "Novedades sobre su formulario", ["F-7K3M-9QXD"]),
        new(new Portal.App.Features.Cases.Payments.Emails.PaymentReceiptEmail(DisplayName, "W-7K3M-9QXD", CaseNumber, Portal.Domain.Payments.Money.Dollars(100.50m),
                Portal.Domain.Payments.Money.Dollars(2.91m), Portal.Domain.Payments.PaymentMethod.Card, "Visa", "4242", Instant,
                new Uri("https://portal.example.gov/payments/0d5e7a3c-2f4b-4a8e-9c1d-7b6a5e4f3d2c")),
            "Payment receipt", "Recibo de pago", [CaseNumber, "W-7K3M-9QXD", "4242", "https://portal.example.gov/payments/0d5e7a3c-2f4b-4a8e-9c1d-7b6a5e4f3d2c"]),
        new(new Portal.App.Features.Cases.Payments.Emails.RecurringDebitFailedEmail(DisplayName, CaseNumber, Portal.Domain.Payments.Money.Dollars(225m),
                new DateOnly(2026, 12, 10), "0123", new DateOnly(2026, 12, 15)),
            "automatic payment did not go through", "pago automático no se realizó", [CaseNumber, "0123"]),
        new(new Portal.App.Features.Cases.Shared.Messages.MessageReplyWaitingEmail(DisplayName),
            "You have a reply", "Tiene una respuesta", []),
        new(new ConfirmNewEmailEmail(DisplayName, new Uri("https://portal.example.gov/account/email/confirm?token=Q2ZE_x9-k"), Instant),
            "Confirm your new email", "Confirme su nuevo correo", ["https://portal.example.gov/account/email/confirm?token=Q2ZE_x9-k"]),
        new(new EmailChangedEmail(DisplayName, "m•••@new.example.org", Instant),
            "email address was changed", "Se cambió el correo", ["m•••@new.example.org"]),
        new(new EmailTakenNoticeEmail(DisplayName, Instant),
            "Someone asked to use your email address", "Alguien pidió usar su correo", []),
        new(new AddressChangeSentEmail(DisplayName, Instant),
            "new mailing address", "nueva dirección postal", []),
        new(new PhonesChangeSentEmail(DisplayName, Instant),
            "new phone numbers", "nuevos números de teléfono", []),
        new(new SecurityQuestionsChangedEmail(DisplayName, Instant),
            "security questions were changed", "Se cambiaron sus preguntas de seguridad", []),
        new(new ContactDetailsChangedEmail(DisplayName, ContactDetail.MailingAddress, Instant),
            "mailing address change was sent to your case", "cambio de dirección postal se envió a su caso", []),
        new(new ApplicantEmailInUseEmail(DisplayName, Instant),
            "Someone asked to apply", "con su correo electrónico", []),
        new(new Portal.App.Features.Cases.Shared.Applications.Emails.ApplicationSubmittedEmail(DisplayName, "A-7K3M-9QXD", new DateOnly(2026, 11, 20), new Uri("https://portal.example.gov/apply")),
            "We received your application", "Recibimos su solicitud", ["A-7K3M-9QXD", "https://portal.example.gov/apply"]),
        new(new Portal.App.Features.Cases.Shared.Applications.Emails.ApplicationReminderEmail(DisplayName, 7, new DateOnly(2026, 12, 1)),
            "Your application will be deleted", "Su solicitud se eliminará", ["7"]),
        new(new Portal.App.Features.Cases.Shared.Applications.Emails.ApplicationStatusChangedEmail(DisplayName, "A-7K3M-9QXD",
            Portal.Domain.Applications.ApplicationStatus.InformationRequested, new Uri("https://portal.example.gov/apply")),
            "We need more information", "Necesitamos más información", ["A-7K3M-9QXD"]),
    }.ToDictionary(example => example.Template.Kind);

    /// <summary>Whether the message shows <see cref="Instant"/>.</summary>
    public bool ShowsInstant => Template is VerifyEmailAddressEmail or SignInCodeEmail or RegistrationAttemptNoticeEmail
        or EmailInUseNoticeEmail or ApplicantEmailInUseEmail or EmailOnFileNoticeEmail or PasswordChangedEmail or PasskeyAddedEmail or PasskeyRemovedEmail or RecoveryLockedEmail
        or StaffNoticeEmail or ContactDetailsChangedEmail
        or ConfirmNewEmailEmail or EmailChangedEmail or EmailTakenNoticeEmail or SecurityQuestionsChangedEmail;

    public override string ToString() => Template.Kind;
}
