using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>A parent writes to the agency on a phone; a caseworker replies from the inbox; the parent's open page shows it.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class MessagesTests(BrowserFixture browser, SeededPortal portal)
{
    // Virginia Morales, custodial parent on seeded case 7974662632; no other test uses her.
    private const string PersonId = "P57897333";
    private const string CaseNumber = "7974662632";

    [Fact]
    public async Task A_parent_writes_a_caseworker_replies_and_the_parents_open_page_shows_the_reply_and_the_mailbox_the_notice()
    {
        var userName = $"virginia.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName, personId: PersonId);
        await using var parentSession = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var parent = parentSession.Page;
        await parent.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/messages/new");
        await parent.WaitForCircuitAsync();
        await Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Write a message" })).ToBeVisibleAsync();
        await Expect(parent.GetByTestId("reply-promise")).ToContainTextAsync("We aim to reply within 3 business days");

        // Nothing chosen and a long subject: a message at each field, and what was typed stays.
        var longSubject = new string('s', 121);
        await parent.GetByLabel("Subject").FillAsync(longSubject);
        await parent.GetByLabel("Your message").FillAsync("My October payment has not reached me.");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(parent.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose what your message is about");
        await Expect(parent.Locator("#message-subject-error")).ToContainTextAsync("120 characters or fewer");
        Assert.Equal(longSubject, await parent.GetByLabel("Subject").InputValueAsync());
        Assert.Equal("My October payment has not reached me.", await parent.GetByLabel("Your message").InputValueAsync());
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());

        // A pay stub uploaded on the spot is ticked to go with the message; the words typed stay.
        await parent.GetByLabel("What is the document?").SelectOptionAsync(new SelectOptionValue { Label = "Proof of income" });
        await parent.GetByLabel("Upload a document").SetInputFilesAsync(new FilePayload
        {
            Name = "pay-stub.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
        });
        await parent.GetByRole(AriaRole.Button, new() { Name = "Upload and attach" }).ClickAsync();
        await Expect(parent.GetByLabel("pay-stub.pdf (Proof of income)")).ToBeCheckedAsync();
        Assert.Equal("My October payment has not reached me.", await parent.GetByLabel("Your message").InputValueAsync());

        await parent.GetByLabel("Payments").CheckAsync();
        await parent.GetByLabel("Subject").FillAsync("October payment");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "October payment" })).ToBeVisibleAsync();
        await parent.WaitForCircuitAsync();
        await Expect(parent.GetByText("Message sent. We aim to reply by")).ToBeVisibleAsync();
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());

        // The caseworker finds the thread in the inbox, oldest due first, and replies.
        await using var staffSession = await browser.OpenAsync(portal.Factory, "/");
        var staff = staffSession.Page;
        await staff.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26", returnUrl: $"/staff/messages?case={CaseNumber}");
        await staff.WaitForCircuitAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "October payment" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "October payment" })).ToBeVisibleAsync();
        await staff.WaitForCircuitAsync();
        await Expect(staff.GetByRole(AriaRole.Link, new() { Name = "pay-stub.pdf" })).ToBeVisibleAsync();
        await staff.AssertNoSeriousAccessibilityViolationsAsync();
        await staff.GetByLabel("Note", new() { Exact = true }).FillAsync("Checked the ledger: posted on the 20th.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(staff.GetByText("Internal note by caseworker")).ToBeVisibleAsync();
        await staff.GetByLabel("Reply", new() { Exact = true }).FillAsync("Your payment was sent to you on November 20.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(staff.GetByText("Reply sent.")).ToBeVisibleAsync();

        // The parent's page, still open, shows the reply (and never the note) without a reload.
        await Expect(parent.GetByText("Your payment was sent to you on November 20.")).ToBeVisibleAsync();
        await Expect(parent.GetByRole(AriaRole.Status).Filter(new() { HasText = "A reply arrived." })).ToBeAttachedAsync();
        await Expect(parent.GetByText("Checked the ledger")).ToHaveCountAsync(0);

        var notice = await MailAsync($"{userName}@example.net");
        Assert.Equal("You have a reply from the Division of Child Support Services", notice.Subject);
        Assert.DoesNotContain("November 20", notice.TextBody, StringComparison.Ordinal);

        await parent.GotoAsync("/culture/es-US?returnUrl=%2Fmessages");
        await Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mensajes" })).ToBeVisibleAsync();
        await Expect(parent.GetByText("Respondido")).ToBeVisibleAsync();
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());
    }

    private async Task<MailboxMessage> MailAsync(string email)
    {
        Guid id;
        await using (var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            id = await db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == MessageReplyWaitingEmail.Name).Select(m => m.Id).SingleAsync();
        }
        var file = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);
        return EmlReader.Read(id, await File.ReadAllTextAsync(file));
    }
}
