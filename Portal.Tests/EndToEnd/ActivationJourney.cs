using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Steps 6-9 as a parent does them after opening the emailed link: password, security questions, phone PIN
/// (one rejected first), ending on "Your account is ready". Every step is scanned by axe and checked for
/// sideways scrolling, so it serves at phone width too.
/// </summary>
public static class ActivationJourney
{
    public static async Task CompleteAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Create your password" })).ToBeVisibleAsync();
        // One journey: the numbering goes on from registration's five steps, with the step indicator for these four.
        await Assertions.Expect(page.GetByText("Step 6 of 9")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".step-indicator [aria-current=step]")).ToContainTextAsync("Create a password");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Saguaro#Wren47");
        await Assertions.Expect(page.Locator("#password-checklist li.is-unmet")).ToHaveCountAsync(0);
        await page.GetByLabel("Type your password again").FillAsync("Saguaro#Wren47");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Choose your security questions" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Step 7 of 9")).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Question 1").SelectOptionAsync(new SelectOptionValue { Label = "What was the name of your first pet?" });
        await page.GetByLabel("Answer 1").FillAsync("Biscuit");
        await page.GetByLabel("Question 2").SelectOptionAsync(new SelectOptionValue { Label = "In what city were you born?" });
        await page.GetByLabel("Answer 2").FillAsync("Flagstaff");
        await page.GetByLabel("Question 3").SelectOptionAsync(new SelectOptionValue { Label = "What was your childhood nickname?" });
        await page.GetByLabel("Answer 3").FillAsync("Sunny");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Create your phone PIN" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Step 8 of 9")).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Phone PIN").FillAsync("111111");
        await page.GetByLabel("Type your PIN again").FillAsync("111111");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        await Assertions.Expect(page.Locator("#phone-pin-error")).ToContainTextAsync("same digit six times");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Phone PIN").FillAsync("730264");
        await page.GetByLabel("Type your PIN again").FillAsync("730264");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account is ready" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).Last).ToHaveAttributeAsync("href", "/signin");
        await Assertions.Expect(page.GetByText("Step 9 of 9")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".activation__user-name")).ToContainTextAsync("Your username is ");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
