using System.Text.Json.Nodes;
using Microsoft.Playwright;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Dashboard;

/// <summary>The status page of the real binary, with real feeds and posts, in headless Chromium.</summary>
public sealed class StatusPageBrowserTests : HostTestBed
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // The picture of a story (Dashboard/harbour.png), served by the feed server so that the page loads it offline.
    private static readonly byte[] Picture = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Dashboard", "harbour.png"));

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
        Feeds.Serve("pic.png", Picture, "image/png");
        Feeds.Serve("wire.xml", RssBuilder.Build("Wire", [
            new RssBuilder.Item("harbour", "BREAKING: Harbour bridge reopens", $"<p>Traffic is <b>flowing</b> again. <img src=\"{Feeds.UrlOf("pic.png")}\"></p>", DateTimeOffset.UtcNow.AddMinutes(-3)),
            new RssBuilder.Item("council", "Council approves the night bus", "The first buses run on Friday.", DateTimeOffset.UtcNow.AddMinutes(-5)),
        ]));
        Feeds.Fail("down.xml", 500);
    }

    [Fact]
    public async Task The_page_shows_each_feed_a_failing_one_as_failing_and_the_last_posts_with_no_console_error()
    {
        await using var host = StartBot(null);
        var endpoint = await host.EndpointAsync(Patience);
        await host.WaitUntilAsync(() => Bot.Messages.Count >= 2, Patience, "both posts");
        await host.WaitUntilAsync(() => host.StandardError.Contains("Feed down failed"), Patience, "the failed poll");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, errors) = await OpenPageAsync(chromium);

        var response = await page.GotoAsync(endpoint.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Equal(2, await page.Locator("#feeds tr.feed").CountAsync());
        Assert.Equal("ok", await page.Locator("tr.feed:has(a:text-is('wire'))").GetAttributeAsync("data-state"));
        Assert.Equal("failing", await page.Locator("tr.feed:has(a:text-is('down'))").GetAttributeAsync("data-state"));
        Assert.Contains("HTTP 500", await page.Locator("tr.feed:has(a:text-is('down')) td.error").InnerTextAsync());
        Assert.Equal(2, await page.Locator("#posts article.post").CountAsync());
        Assert.Equal("BREAKING: Harbour bridge reopens", await page.Locator("#posts article.post:has-text('Harbour') b").First.InnerTextAsync());
        Assert.True(await page.Locator("#posts article.post img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Equal(1, await page.Locator("svg polyline").First.CountAsync());
        await SaveScreenshotAsync(page);
        await page.ClickAsync("a:text-is('down')");
        Assert.Contains("HTTP 500", await page.Locator("#polls tr.poll").First.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_grouped_post_shows_as_last_edited_with_its_credits_linked_and_an_edited_mark()
    {
        string[] feeds = [OneStory.Feeds[0], OneStory.Feeds[1]];
        foreach (var feed in feeds)
        {
            Feeds.Serve($"{feed}.xml", OneStory.Before(feed));
        }
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, feeds.Select(f => new BotSettingsFile.Feed(f, Feeds.UrlOf($"{f}.xml"))), grouping: true);
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        var endpoint = await host.EndpointAsync(Patience);
        await host.WaitUntilAsync(() => feeds.All(f => Feeds.RequestCount($"{f}.xml") >= 2), Patience, "the baseline polls");
        Feeds.Serve("reuters.xml", OneStory.Reporting("reuters"));
        await host.WaitUntilAsync(() => Bot.Messages.Count >= 2, Patience, "the story and the unrelated one");
        Feeds.Serve("bbc.xml", OneStory.Reporting("bbc"));
        await host.WaitUntilAsync(() => Bot.Edits.Count >= 1, Patience, "the credit");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, errors) = await OpenPageAsync(chromium);
        var story = page.Locator("#posts article.post:has-text('Wearhouse')");

        // Telegram has the edit; the outbox records it a moment later, and the page shows what the outbox holds.
        await ReloadUntilAsync(page, endpoint, () => story.Locator(".edited").CountAsync(), "the edited mark");

        Assert.Equal(2, await page.Locator("#posts article.post").CountAsync());
        Assert.EndsWith("Also: BBC", (await story.Locator(".text").InnerTextAsync()).TrimEnd());
        Assert.Equal("https://bbc.example/deal", await story.Locator(".text a:text-is('BBC')").GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator("#posts article.post:has-text('Elephants') .edited").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task With_a_password_set_a_wrong_one_is_refused_and_the_right_one_lets_in()
    {
        await using var host = StartBot("s3cret");
        var endpoint = await host.EndpointAsync(Patience);
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var wrong = await OpenAsync(chromium, endpoint, "wrong");
        var right = await OpenAsync(chromium, endpoint, "s3cret");

        Assert.True((wrong, right) == (401, 200), $"wrong password: {wrong}, right one: {right}\nstderr:\n{host.StandardError}");
    }

    private HostProcess StartBot(string? password)
    {
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token,
            [new("wire", Feeds.UrlOf("wire.xml"), FirstRunPostLatest: 2), new("down", Feeds.UrlOf("down.xml"))],
            customize: settings => settings["Dashboard"] = new JsonObject { ["Password"] = password ?? "" });
        return HostProcess.Start(Folder.Path, null, "run", "--config", config);
    }

    /// <summary>A page that collects its console errors and uncaught exceptions.</summary>
    private static async Task<(IPage Page, List<string> Errors)> OpenPageAsync(HeadlessChromium chromium)
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Loads the page again until <paramref name="count"/> finds something, failing after <see cref="Patience"/>.</summary>
    private static async Task ReloadUntilAsync(IPage page, Uri endpoint, Func<Task<int>> count, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        do
        {
            await page.GotoAsync(endpoint.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            if (await count() > 0)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Timed out waiting for {what} on the status page.");
    }

    /// <summary>The status the page's address answered; Chromium ends a refused login with an error, not a page.</summary>
    private static async Task<int> OpenAsync(HeadlessChromium chromium, Uri endpoint, string password)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = "admin", Password = password },
        });
        var page = await context.NewPageAsync();
        var answer = page.WaitForResponseAsync(r => r.Url == endpoint.AbsoluteUri);
        try
        {
            await page.GotoAsync(endpoint.AbsoluteUri);
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
            // The refusal: its status is asserted.
        }
        return (await answer).Status;
    }

    /// <summary>NEWSBOT_SCREENSHOT names where to keep a picture of the page (the README's docs/status-page.png).</summary>
    private static async Task SaveScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_SCREENSHOT") is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
    }
}
