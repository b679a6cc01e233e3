using System.Diagnostics;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Queues email as part of the caller's unit of work: the message is saved by the caller's SaveChanges, in
/// the same transaction as the change that caused it, and sent afterwards by the dispatcher. Nothing here
/// waits on a provider.
/// </summary>
public sealed class EmailOutbox(EmailRenderer renderer, OutboxBodyProtector bodies, OutboxWakeUpInterceptor wakeUp, TimeProvider time)
{
    public async Task QueueAsync(PortalDbContext db, EmailRecipient to, EmailTemplate template)
    {
        var rendered = await renderer.RenderAsync(template, to);
        db.OutboxMessages.Add(new OutboxMessage(to, template.Kind, bodies.Protect(rendered), Activity.Current?.TraceId.ToHexString(), time.GetUtcNow()));
        wakeUp.ExpectCommit(db);
    }
}
