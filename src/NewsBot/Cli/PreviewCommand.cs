using NewsBot.Core.Settings;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Polling;

namespace NewsBot.Cli;

/// <summary>The preview verb: fetches a feed and prints exactly the posts it would make; sends and stores nothing.</summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(string? configPath, string target, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var (settings, feed) = ResolveFeed(configPath, target, errors);
        if (feed is null)
        {
            return 2;
        }
        var services = new ServiceCollection().AddLogging().AddSingleton(new CurrentSettings(settings)).AddPipeline().BuildServiceProvider();
        await using (services)
        {
            var reading = await services.GetRequiredService<FeedReader>().ReadAsync(feed, cancellationToken);
            if (reading.Error is { } error)
            {
                errors.WriteLine($"Feed {feed.Name}: {error}");
                return 1;
            }
            Print(feed, reading, services.GetRequiredService<PostComposer>(), output);
            return 0;
        }
    }

    private static void Print(FeedSettings feed, FeedReading reading, PostComposer composer, TextWriter output)
    {
        var parsed = reading.Feed!;
        var now = DateTimeOffset.UtcNow;
        output.WriteLine($"{feed.Name}: {parsed.Title} ({parsed.Format}, {reading.Stories.Count} stories, oldest first){(parsed.Problem is { } p ? $" — ill-formed: {p}" : "")}");
        foreach (var story in reading.Stories)
        {
            if (now - story.Published > feed.MaxAge)
            {
                output.WriteLine($"(older than MaxAge {feed.MaxAge}: would not be posted) {story.Title}");
                continue;
            }
            foreach (var post in composer.Compose(feed, story))
            {
                output.WriteLine(PostPrinter.Render(post.Channel, post.Post));
            }
        }
    }

    /// <summary>A configured feed by name; otherwise the target as a URL or file with the configured defaults.</summary>
    private static (NewsBotSettings Settings, FeedSettings? Feed) ResolveFeed(string? configPath, string target, TextWriter errors)
    {
        var settings = new NewsBotSettings();
        try
        {
            settings = SettingsLoader.Load(new ConfigurationBuilder().AddNewsBotSettings(configPath).Build());
        }
        catch (SettingsException e) when (configPath is null)
        {
            errors.WriteLine($"Using built-in defaults ({e.Errors[0]})");
        }
        catch (SettingsException e)
        {
            errors.WriteLine(e.Message);
            return (settings, null);
        }
        if (settings.Feeds.Find(f => string.Equals(f.Name, target, StringComparison.OrdinalIgnoreCase)) is { } configured)
        {
            return (settings, configured);
        }
        if (!FeedSource.IsValid(target))
        {
            errors.WriteLine($"'{target}' is neither a configured feed, an http(s) URL nor an existing file");
            return (settings, null);
        }
        var defaults = settings.Defaults;
        return (settings, new FeedSettings
        {
            Name = target,
            Url = target,
            Channels = ["preview"],
            MaxAge = defaults.MaxAge,
            Timeout = defaults.Timeout,
            Format = defaults.Format,
            Filter = defaults.Filter,
            PinBreakingFor = defaults.PinBreakingFor,
        });
    }
}
