using Microsoft.Playwright;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.BrowserTests;

/// <summary>
/// Kubernetes runs two or more replicas of the web app and the gateway sends each request to either: a person signed in
/// on one is signed in on every other, and a form one served is accepted by another. Both replicas are real processes
/// here, reached each at its own address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebReplicaTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_session_and_a_form_issued_by_one_replica_are_accepted_by_the_other()
    {
        browser.Platform.WebReplicas.Count.ShouldBe(PlatformFixture.WebReplicaCount);
        var first = browser.Platform.WebReplicas[0].Address;
        var second = browser.Platform.WebReplicas[1].Address;
        await using var clerk = await browser.NewSessionAsync(address: first);
        await clerk.SignInAsync(Roles.RegionStaff, "europe");

        await clerk.Page.GotoAsync(new Uri(second, "/regions/europe/teams").ToString());
        clerk.Page.Url.ShouldStartWith(second.ToString());
        await Assertions.Expect(clerk.Page.GetByRole(AriaRole.Heading, new() { Name = "europe — teams" })).ToBeVisibleAsync();

        // The new-team form as the first replica served it (its antiforgery token with it), posted to the second.
        await clerk.Page.GotoAsync(new Uri(first, "/regions/europe/teams").ToString());
        var name = RegionalApi.Unique("Replica Racing");
        await clerk.Page.GetByLabel("Team name").FillAsync(name);
        await clerk.Page.GetByLabel("Country (ISO code, e.g. DE)").FillAsync("NL");
        var form = clerk.Page.Locator("form").Filter(new() { Has = clerk.Page.GetByLabel("Team name") });
        var fields = await form.EvaluateAsync<Dictionary<string, string>>("form => Object.fromEntries(new FormData(form))");
        fields.Keys.ShouldContain("__RequestVerificationToken");
        var post = clerk.Page.APIRequest.CreateFormData();
        foreach (var (field, value) in fields)
        {
            post.Set(field, value);
        }

        var answer = await clerk.Page.APIRequest.PostAsync(new Uri(second, "/regions/europe/teams").ToString(), new() { Form = post });

        answer.Ok.ShouldBeTrue($"{answer.Status} from the second replica: {await answer.TextAsync()}");
        answer.Url.ShouldStartWith(new Uri(second, "/regions/europe/teams/").ToString());
        (await answer.TextAsync()).ShouldContain($"{name} is created.");
    }
}
