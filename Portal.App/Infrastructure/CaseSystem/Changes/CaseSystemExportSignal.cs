using Portal.App.Infrastructure.Background;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Wakes the export when a change is saved, so it is on its way within a second.</summary>
public sealed class CaseSystemExportSignal : WakeUpSignal;
