namespace Portal.App.Components.Shared;

/// <summary>
/// Names the resources (SiteText.resx, SiteText.es.resx) for text that many components share, such as the site's
/// name; text used by one component lives in a .resx beside that component instead.
/// </summary>
public sealed class SiteText;
