namespace Portal.App.Features.Staff.Forms;

public enum FormAssignment
{
    Anyone,
    Unassigned,
    Mine,
}
