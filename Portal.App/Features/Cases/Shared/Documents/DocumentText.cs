namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>Names the words every document list and upload field shares (DocumentText.resx, .es.resx): types, statuses, refusals.</summary>
public sealed class DocumentText;
