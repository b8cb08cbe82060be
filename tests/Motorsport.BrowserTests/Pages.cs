using Microsoft.Playwright;

namespace Motorsport.BrowserTests;

internal static class Pages
{
    /// <summary>
    /// Opens <paramref name="path"/> again until <paramref name="selector"/> shows: what the page shows arrives over the bus
    /// (headquarters' read model, a region's replica), so it appears within seconds, not at once.
    /// </summary>
    public static async Task ReloadUntilAsync(this IPage page, string path, string selector, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            await page.GotoAsync(path);
            if (await page.Locator(selector).CountAsync() > 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} did not show {selector} in time:\n{await page.Locator("main").InnerTextAsync()}");
            }

            await Task.Delay(1000);
        }
    }
}
