namespace Portal.Domain.Cases;

/// <summary>
/// IV-D cases are the ones the Division of Child Support Services enforces and the portal serves;
/// non-IV-D cases are serviced by the Arizona Clerks of Court.
/// </summary>
public enum CaseProgram
{
    IvD,
    NonIvD,
}
