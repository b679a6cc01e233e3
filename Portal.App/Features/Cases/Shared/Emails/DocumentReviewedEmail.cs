using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Emails;

/// <summary>Staff reviewed a document the parent uploaded: which kind and when it was sent, whether it was accepted, and where to see more.</summary>
public sealed record DocumentReviewedEmail(string DisplayName, string CaseNumber, DocumentType Type, DateOnly UploadedOn, bool Accepted) : EmailTemplate<CaseEmailText>
{
    public const string Name = "DocumentReviewed";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<CaseEmailText> text, IStringLocalizer<EmailText> common)
    {
        var outcome = Accepted ? "Accepted" : "NotAccepted";
        return new(
            Subject: text[$"DocumentReviewed.Subject.{outcome}"],
            Preheader: text["DocumentReviewed.Preheader"],
            Heading: text[$"DocumentReviewed.Subject.{outcome}"],
            Paragraphs:
            [
                common.Greeting(DisplayName),
                text[$"DocumentReviewed.WhatHappened.{outcome}", text[$"DocumentType_{Type}"], UploadedOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture), CaseNumber],
                text["DocumentReviewed.SeeDocuments"],
                text["DocumentReviewed.StopThese"],
            ]);
    }
}
