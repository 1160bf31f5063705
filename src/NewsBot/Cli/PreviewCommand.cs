using NewsBot.Core.Settings;
using NewsBot.Core.Stories;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Polling;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>
/// The preview verb: fetches a feed and prints, for each story, the posts its first poll would make or the posting
/// rule's reason for none; sends and stores nothing.
/// </summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(
        string? configPath, string target, TextWriter output, TextWriter errors, TimeProvider time, CancellationToken cancellationToken)
    {
        var (settings, feed) = PreviewTarget.Resolve(configPath, target, errors);
        if (feed is null)
        {
            return 2;
        }
        var services = new ServiceCollection().AddLogging().AddSingleton(time).AddSingleton(new CurrentSettings(settings)).AddPipeline().BuildServiceProvider();
        await using (services)
        {
            var reading = await services.GetRequiredService<FeedReader>().ReadAsync(feed, cancellationToken);
            if (reading.Error is { } error)
            {
                errors.WriteLine($"Feed {feed.Name}: {error}");
                return 1;
            }
            // The store is not read (the bot may hold it): every story is judged as at the feed's first poll, and a
            // story that poll only records is shown too, as a later poll would post a new story like it.
            var rule = services.GetRequiredService<PostingRules>().For(feed);
            var firstPoll = rule.Judge(reading.Stories, FeedHistory.FirstPoll, time.GetUtcNow());
            var later = rule.Judge(reading.Stories, FeedHistory.AllNew, time.GetUtcNow());
            Print(feed, reading, firstPoll.Zip(later), services.GetRequiredService<PostComposer>(), output);
            return 0;
        }
    }

    private static void Print(FeedSettings feed, FeedReading reading, IEnumerable<(StoryVerdict FirstPoll, StoryVerdict Later)> verdicts, PostComposer composer, TextWriter output)
    {
        var parsed = reading.Feed!;
        var grouping = new PreviewGrouping();
        output.WriteLine($"{feed.Name}: {parsed.Title} ({parsed.Format}, {reading.Stories.Count} stories, oldest first){(parsed.Problem is { } p ? $" — ill-formed: {p}" : "")}");
        foreach (var match in parsed.RuleMatches)
        {
            output.WriteLine($"rule {match}");
        }
        foreach (var (firstPoll, later) in verdicts)
        {
            var verdict = firstPoll;
            if (!firstPoll.Verdict.Posts)
            {
                output.WriteLine($"(not posted: {firstPoll.Verdict.Text}) {firstPoll.Story.Title}");
                if (firstPoll.Verdict.Reason != PostingReason.FirstPollBaseline)
                {
                    continue;
                }
                output.WriteLine("(a new story like it, after the first poll, is posted as:)");
                verdict = later;
            }
            foreach (var channel in verdict.Channels)
            {
                output.WriteLine(channel.Verdict.Posts
                    ? Render(composer.Compose(feed, verdict.Story, channel.Channel), grouping)
                    : $"(not posted to {channel.Channel}: {channel.Verdict.Text}) {verdict.Story.Title}");
            }
        }
    }

    private static string Render(QueuedPost post, PreviewGrouping grouping) =>
        grouping.CreditedTo(post) is { } headline
            ? $"(not posted to {post.Channel}: the same story as \"{headline}\", credited in that post) {post.Grouping!.Item.Title}"
            : PostPrinter.Render(post.Channel, post.Post);
}
