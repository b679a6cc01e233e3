namespace Portal.App.Components.Shared;

/// <summary>The log line of <see cref="SaveGuard"/>: the kind of failure and the database's code, never what was being saved.</summary>
internal static partial class SaveGuardLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "An interactive save failed ({ExceptionType}, database code {DatabaseCode}); the form was kept and the person asked to try again")]
    public static partial void SaveFailed(ILogger logger, string exceptionType, string? databaseCode);
}
