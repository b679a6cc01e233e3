namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>Marker for ApplicationText.resx: an application's words that applicants, caseworkers, the PDF and the emails share.</summary>
public sealed class ApplicationText;
