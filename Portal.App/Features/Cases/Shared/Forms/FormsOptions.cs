using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Cases.Shared.Forms;

public sealed class FormsOptions
{
    public const string Section = "Forms";

    /// <summary>Arizona business days after the day a form is signed by which a caseworker should open it; later, supervisors see it flagged.</summary>
    [Range(1, 30)]
    public int OpenWithinBusinessDays { get; set; } = 2;
}
