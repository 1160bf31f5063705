using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Testing.Telegram;

namespace NewsBot.Load;

/// <summary>
/// The stories the harness published, when, and in which channel each should appear; matched against what the fake
/// Bot API accepted for freshness (publication to acceptance), lost and duplicate posts.
/// </summary>
public sealed partial class StoryLedger(LoadFeedServer feeds, int channels)
{
    private readonly List<(int Number, int Feed, DateTimeOffset Published)> _stories = [];

    public int Count => _stories.Count;

    /// <summary>Publishes <paramref name="count"/> new stories on feeds picked at random.</summary>
    public void PublishBatch(int count)
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var number = _stories.Count + 1;
            var feed = Random.Shared.Next(feeds.FeedCount);
            _stories.Add((number, feed, now));
            feeds.Publish(feed, $"load-story-{number}", $"Load story {number.ToString(CultureInfo.InvariantCulture)}", now);
        }
    }

    public static int Delivered(FakeBotApi bot) => bot.Messages.Select(Number).Where(n => n > 0).Distinct().Count();

    /// <summary>Freshness of each delivered story (first acceptance), and the stories lost, doubled or in the wrong chat.</summary>
    public (List<TimeSpan> Freshness, int Lost, int Duplicates, int Misrouted) Reconcile(FakeBotApi bot)
    {
        var chats = Enumerable.Range(0, channels).ToDictionary(c => bot.AddChat(LoadSettingsFile.ChatOf(c)), c => c);
        var byNumber = bot.Messages.Where(m => Number(m) > 0).GroupBy(Number).ToDictionary(g => g.Key, g => g.ToList());
        var freshness = new List<TimeSpan>();
        int lost = 0, duplicates = 0, misrouted = 0;
        foreach (var (number, feed, published) in _stories)
        {
            if (!byNumber.TryGetValue(number, out var posts))
            {
                lost++;
                continue;
            }
            duplicates += posts.Count - 1;
            misrouted += posts.Count(p => chats[p.ChatId] != feed % channels);
            freshness.Add(posts.Min(p => p.At) - published);
        }
        return (freshness, lost, duplicates, misrouted);
    }

    private static int Number(BotMessage message) =>
        StoryNumber().Match(message.PlainText) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^Load story (\d+)")]
    private static partial Regex StoryNumber();
}
