using AngleSharp.Dom;
using Bunit;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>Reads a dashboard's figures as a parent does: the value given for a label (dt, then its dd).</summary>
public static class DashboardFigure
{
    /// <summary>The text of the value whose label reads <paramref name="label"/> (exactly one such label).</summary>
    public static string Of(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string label) =>
        ValueOf(component.FindAll("dt").Single(dt => dt.TextContent.Trim() == label));

    /// <summary>The labels of the figures in <paramref name="selector"/>'s list, in order.</summary>
    public static IEnumerable<string> Labels(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string selector) =>
        component.Find(selector).QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim());

    /// <summary>The figures of <paramref name="selector"/>'s list as label, value, label, value...</summary>
    public static IEnumerable<string> Pairs(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string selector) =>
        component.Find(selector).QuerySelectorAll("dt").SelectMany(dt => new[] { dt.TextContent.Trim(), ValueOf(dt) });

    private static string ValueOf(IElement label) =>
        label.NextElementSibling is { LocalName: "dd" } value ? value.TextContent.Trim() : throw new InvalidOperationException($"No value after the label '{label.TextContent}'.");
}
