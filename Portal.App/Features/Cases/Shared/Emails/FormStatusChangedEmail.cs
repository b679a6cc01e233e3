using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Emails;

/// <summary>A signed form moved on: which form, its reference and its new status. A reason for not approving is behind the sign-in.</summary>
public sealed record FormStatusChangedEmail(string DisplayName, string Reference, FormKind FormKind, FormStatus Status) : EmailTemplate<CaseEmailText>
{
    public const string Name = "FormStatusChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<CaseEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["FormStatusChanged.Subject", Reference],
        Preheader: text["FormStatusChanged.Preheader"],
        Heading: text["FormStatusChanged.Subject", Reference],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["FormStatusChanged.WhatHappened", text[$"FormKind_{FormKind}"], Reference, text[$"FormStatus_{Status}"]],
            text[Status == FormStatus.NotApproved ? "FormStatusChanged.SeeReason" : "FormStatusChanged.SeeForm"],
            text["FormStatusChanged.StopThese"],
        ]);
}
