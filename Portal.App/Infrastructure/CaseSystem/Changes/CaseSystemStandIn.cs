using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Domain;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// A STAND-IN for the state's case system, for development and the demo only (CaseSystem:StandIn:Enabled, off by
/// default): it reads the change files the export writes, as the case system would, and after a few seconds answers
/// each one through the portal's import folder in the documented acknowledgement format, accepting every change. It
/// speaks only the files, so the portal's real path (export, import, acknowledgement) is what runs.
/// </summary>
public sealed partial class CaseSystemStandIn(
    CaseSystemExport export,
    IOptions<CaseSystemOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<CaseSystemStandIn> logger)
{
    public const string TakenFolderName = "taken";

    /// <summary>Answers every change file that has waited <see cref="CaseSystemStandInOptions.AnswerAfter"/>; returns how many.</summary>
    public async Task<int> AnswerAsync(CancellationToken ct)
    {
        var settings = options.Value.StandIn;
        if (export.Folder is not { } inbound || !Directory.Exists(inbound) || string.IsNullOrWhiteSpace(settings.AnswerFolder)) return 0;
        var answers = Path.GetFullPath(settings.AnswerFolder, environment.ContentRootPath);
        var taken = Path.Combine(inbound, TakenFolderName);
        var answered = 0;
        foreach (var path in Directory.EnumerateFiles(inbound, "change-*.json").Order(StringComparer.Ordinal).ToList())
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < settings.AnswerAfter) continue;
            CaseSystemChangeFile? change;
            try
            {
                change = JsonSerializer.Deserialize<CaseSystemChangeFile>(await File.ReadAllTextAsync(path, ct), ContactChangeContent.Json);
            }
            catch (JsonException)
            {
                change = null;
            }
            Directory.CreateDirectory(taken);
            File.Move(path, Path.Combine(taken, Path.GetFileName(path)), overwrite: true);
            if (change is null) continue;

            var answer = new { changeAcknowledgements = new[] { new { changeId = change.ChangeId, result = "Accepted", acknowledgedAt = ArizonaTime.From(time.GetUtcNow()) } } };
            await CaseSystemFiles.WriteAsync(answers, $"stand-in-ack-{change.ChangeId.ToString("N", CultureInfo.InvariantCulture)}.json", JsonSerializer.Serialize(answer), ct);
            LogAnswered(change.ChangeId);
            answered++;
        }
        return answered;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case-system stand-in accepted change {ChangeId}")]
    private partial void LogAnswered(Guid changeId);
}
