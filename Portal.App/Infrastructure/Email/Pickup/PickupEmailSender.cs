using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>
/// Writes each message as {id}.eml in the pickup folder (for development, tests and demos). The file is
/// named by the outbox id and moved into place whole, so a repeated attempt replaces it rather than adding
/// a second copy, and the mailbox page never reads half a file.
/// </summary>
public sealed class PickupEmailSender(PickupFolder folder, IOptions<EmailOptions> options) : IEmailSender
{
    public async Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateDirectory(Path.Combine(folder.Path, ".staging", Guid.NewGuid().ToString("N")));
        try
        {
            using (var message = MailMessageFactory.Create(email, options.Value))
            using (var writer = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging.FullName })
            {
                await writer.SendMailAsync(message, cancellationToken);
            }
            File.Move(staging.EnumerateFiles("*.eml").Single().FullName, folder.FileOf(email.Id), overwrite: true);
            return new DeliveryResult.Delivered(email.Id.ToString("N"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SmtpException)
        {
            return new DeliveryResult.Transient($"Could not write to the pickup folder: {exception.Message}");
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
