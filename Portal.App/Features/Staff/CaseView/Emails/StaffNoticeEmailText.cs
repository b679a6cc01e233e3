namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>The wording of the notices a caseworker's help sends (StaffNoticeEmailText.resx, StaffNoticeEmailText.es.resx).</summary>
public sealed class StaffNoticeEmailText;
