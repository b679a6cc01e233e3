namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// A file on its way in: the name and size the browser gave, and how to read it. <paramref name="OpenRead"/> takes the
/// largest size allowed, as <c>IBrowserFile.OpenReadStream(maxAllowedSize)</c> does: <c>new DocumentUpload(file.Name,
/// file.Size, max =&gt; file.OpenReadStream(max))</c>.
/// </summary>
public sealed record DocumentUpload(string FileName, long Size, Func<long, Stream> OpenRead);
