using Microsoft.Playwright;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.BrowserTests;

/// <summary>
/// The real platform of the integration tests plus the web app, reached through the gateway, and one headless Chromium —
/// Debian's, since Playwright cannot download its own browsers here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private IPlaywright playwright = null!;

    public PlatformFixture Platform { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of the pages the tests visit, kept with the run's test results.</summary>
    public static string Screenshots { get; } = Path.Combine(TestEnvironment.RepositoryRoot, ".run", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        await Platform.StartWebAppAsync();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// A fresh browser context (its own cookies) with a page at <paramref name="width"/> pixels, collecting what the console
    /// reports; its paths are the gateway's, or those of <paramref name="address"/> (one web replica) when given.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, Uri? address = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (address ?? Platform.GatewayAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.ConsoleErrors.Add(message.Text);
            }
        };
        return session;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Platform.DisposeAsync();
    }
}

public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Errors the browser logged, e.g. a Content-Security-Policy refusal of the app's own script or styles.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Signs in on the development sign-in page, as a person of <paramref name="role"/> (and office) would.</summary>
    public async Task SignInAsync(string role, string? region = null)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }).WaitForAsync();
        await Page.Locator($"input[name=Role][value='{role}']").CheckAsync();
        if (region is not null)
        {
            await Page.GetByLabel("Office (for region-staff)").SelectOptionAsync(region);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
