using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// A recording form's problems as the one error pattern's field errors: each at the field it is about.
/// "Not recorded" belongs to no field; the form says it on its own.
/// </summary>
public static class StaffEntryErrors
{
    public static List<FieldError> For(IReadOnlyList<StaffEntryProblem> problems, Func<StaffEntryProblem, string> fieldOf, IStringLocalizer<StaffText> text) =>
        [.. problems.Where(p => p != StaffEntryProblem.NotRecorded).Select(p => new FieldError(fieldOf(p), text[$"Problem_{p}"]))];
}
