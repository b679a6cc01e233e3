using System.Net;
using System.Security.Claims;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

/// <summary>After staff reset a parent's security questions, choosing new ones cannot be skipped by typing another address.</summary>
public sealed class SecurityQuestionsRenewalGateTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    [Fact]
    public async Task Every_parent_page_and_download_sends_the_parent_back_to_choose_new_questions_until_they_have()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await portal.Get<StaffAccountSupport>().ResetSecurityQuestionsAsync(portal.Caseworker, caseNumber, account.Id, "Caller verified by case number and date of birth");
        using var client = await SignedInClient.CreateAsync(portal.App, account.UserName!, TestAccounts.Password);

        foreach (var address in new[] { "/dashboard", $"/dashboard?case={caseNumber.Digits}", $"/dashboard/payments.csv?case={caseNumber.Digits}", $"/dashboard/payments/print?case={caseNumber.Digits}" })
        {
            var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(SecurityQuestionsRenewal.PagePath, response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(SecurityQuestionsRenewal.PagePath)).StatusCode);

        await portal.Get<SecurityQuestionsRenewal>().SaveAsync(ParentOf(account.Id),
        [
            new(SecurityQuestion.FirstPetName, "Canela"),
            new(SecurityQuestion.CityOfBirth, "Nogales"),
            new(SecurityQuestion.FavoriteTeacher, "Mrs Ortega"),
        ]);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dashboard/payments.csv?case={caseNumber.Digits}")).StatusCode);
    }

    private static ClaimsPrincipal ParentOf(string userId) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, userId), new(PortalClaims.PersonId, "any")], "test"));
}
