using System.Globalization;
using System.Text;
using NewsBot.Core.Formatting;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.WebSub;

namespace NewsBot.Admin;

/// <summary>The admin commands: /status, /feeds, /pause [NAME], /resume [NAME], /preview NAME, /why URL. Each answers with one message.</summary>
public sealed class AdminCommands(
    CurrentSettings settings,
    IStoryStore store,
    IOutbox outbox,
    FeedHealth health,
    FeedPauses pauses,
    ChannelPauses channelPauses,
    FeedPreviewer previewer,
    ISubscriptionStore subscriptions,
    TimeProvider time)
{
    private const string AllPaused = "All feeds are paused, also feeds added meanwhile, until /resume (without a name).";

    private const string Help = "Commands: /status, /feeds, /pause [FEED], /resume [FEED] (no FEED: every feed), /preview FEED, /why URL";

    public async Task<OutgoingPost> HandleAsync(string text, CancellationToken cancellationToken)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var argument = parts.Length > 1 ? parts[1] : "";
        // "/status@newsbot" is how Telegram sends a command picked from the menu in a group.
        return parts.Length == 0 ? AdminText.Post(Help) : parts[0].Split('@')[0].ToLowerInvariant() switch
        {
            "/status" => AdminText.Post(await StatusAsync(cancellationToken)),
            "/feeds" => AdminText.Post(await FeedsAsync(cancellationToken)),
            "/pause" => AdminText.Post(argument.Length == 0 ? await PauseAllAsync(cancellationToken) : await PauseFeedAsync(argument, cancellationToken)),
            "/resume" => AdminText.Post(argument.Length == 0 ? await ResumeAllAsync(cancellationToken) : await ResumeFeedAsync(argument, cancellationToken)),
            "/preview" => await PreviewAsync(argument, cancellationToken),
            "/why" => AdminText.Post(argument.Length == 0 ? "Usage: /why URL" : StoryExplainer.Explain(argument, await store.TraceLinkAsync(argument, cancellationToken), settings.Value)),
            _ => AdminText.Post(Help),
        };
    }

    private async Task<string> StatusAsync(CancellationToken cancellationToken)
    {
        var value = settings.Value;
        var depths = await outbox.DepthByChannelAsync(cancellationToken);
        var paused = await pauses.ReadAsync(cancellationToken);
        var text = new StringBuilder($"NewsBot: {value.Feeds.Count} feeds ({value.Feeds.Count(f => health.IsDisabled(f.Name))} disabled, " +
            $"{value.Feeds.Count(f => paused.IsPaused(f.Name))} paused), {value.Channels.Count} channels.");
        if (paused.All)
        {
            text.Append('\n').Append(AllPaused);
        }
        foreach (var channel in value.Channels.Keys)
        {
            var channelPaused = channelPauses.Paused.TryGetValue(channel, out var reason) ? $", paused: {reason}" : "";
            text.Append(CultureInfo.InvariantCulture, $"\n{channel}: {depths.GetValueOrDefault(channel)} queued{channelPaused}");
        }
        return text.ToString();
    }

    private async Task<string> FeedsAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var paused = await pauses.ReadAsync(cancellationToken);
        var pushed = await subscriptions.PushingHubsAsync(time.GetUtcNow(), cancellationToken);
        foreach (var feed in settings.Value.Feeds)
        {
            var state = await store.GetFeedStateAsync(feed.Name, cancellationToken);
            var condition = health.IsDisabled(feed.Name) ? "DISABLED" : paused.IsPaused(feed.Name) ? "paused" : state.ConsecutiveFailures > 0 ? "failing" : "ok";
            var last = state.LastSuccessAt is { } at ? $"last success {at:u}" : "never succeeded";
            var error = state.LastError is null ? "" : $", last error: {state.LastError}";
            var schedule = pushed.TryGetValue(feed.Name, out var hub)
                ? $"pushed by {hub}, polled every {settings.Value.WebSub.SafetyNetInterval} as the safety net"
                : feed.Cron ?? feed.Interval.ToString();
            lines.Add($"{feed.Name}: {condition}, {schedule}, {last}{error}");
        }
        return lines.Count == 0 ? "No feeds." : string.Join("\n", lines);
    }

    private async Task<string> PauseAllAsync(CancellationToken cancellationToken) =>
        await pauses.PauseAsync(null, cancellationToken) ? AllPaused : "All feeds were already paused.";

    private async Task<string> ResumeAllAsync(CancellationToken cancellationToken) =>
        await pauses.ResumeAsync(null, cancellationToken) ? "All feeds resumed." : "No feed was paused.";

    private Task<string> PauseFeedAsync(string name, CancellationToken cancellationToken) => WithFeedAsync(name, async () =>
        await pauses.PauseAsync(name, cancellationToken) ? $"Feed {name} paused until /resume {name}." : $"Feed {name} was already paused.");

    private Task<string> ResumeFeedAsync(string name, CancellationToken cancellationToken) => WithFeedAsync(name, async () =>
    {
        var answer = await pauses.ResumeAsync(name, cancellationToken) ? $"Feed {name} resumed." : $"Feed {name} was not paused.";
        return (await pauses.ReadAsync(cancellationToken)).All ? $"{answer} {AllPaused}" : answer;
    });

    private async Task<string> WithFeedAsync(string name, Func<Task<string>> action) =>
        settings.Value.Feeds.Exists(f => f.Name == name) ? await action() : $"No feed named '{AdminText.Echo(name)}'. /feeds lists them.";

    private async Task<OutgoingPost> PreviewAsync(string name, CancellationToken cancellationToken)
    {
        var feed = settings.Feed(name);
        return feed is null ? AdminText.Post($"No feed named '{AdminText.Echo(name)}'. /feeds lists them.") : await previewer.NewestPostAsync(feed, cancellationToken);
    }
}
