using AngleSharp.Dom;

namespace Portal.Tests.Support;

public static class AccessibleTextExtensions
{
    /// <summary>
    /// The text a screen reader announces for an element: its text without aria-hidden parts (such as icon
    /// ligatures like "menu"), with whitespace collapsed.
    /// </summary>
    public static string AccessibleText(this IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);

        var copy = (IElement)element.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll("[aria-hidden='true']").ToList())
        {
            hidden.Remove();
        }
        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
