using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Messages;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The new-message page on the real services of a test portal: refusals at the field, nothing typed lost, attachments sent.</summary>
public sealed class NewMessagePageTests : BunitContext, IClassFixture<MessagesPortal>
{
    private readonly MessagesPortal portal;
    private readonly Bunit.TestDoubles.BunitAuthorizationContext authorization;

    public NewMessagePageTests(MessagesPortal portal)
    {
        this.portal = portal;
        authorization = this.AddPortalTestServices();
        foreach (var service in new[] { typeof(ParentMessages), typeof(ParentCaseAccess), typeof(MessageThreads), typeof(CaseDocuments) })
        {
            Services.AddSingleton(service, portal.Staff.App.Services.GetRequiredService(service));
        }
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task A_refused_upload_is_explained_at_the_file_field_and_the_message_typed_stays()
    {
        using var culture = CultureScope.English();
        var (_, account, parent) = await portal.ParentAsync();
        authorization.SignIn(account.UserName!, [.. parent.Claims]);
        var page = Render<NewMessagePage>();
        page.WaitForElement("#message-subject");
        page.Find("#message-subject").Input("My payment");
        page.Find("#message-body").Input("It has not arrived since October.");

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("MZ\u0090\0 not a pdf"u8.ToArray(), "statement.pdf", contentType: "application/pdf"));
        page.FindAll("button").Single(b => b.TextContent.Contains("Upload and attach", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("name says it is a PDF, but its content is not", page.Find("#attach-file-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("My payment", page.Find("#message-subject").GetAttribute("value"));
        Assert.Equal("It has not arrived since October.", page.Find("#message-body").GetAttribute("value"));
    }
}
