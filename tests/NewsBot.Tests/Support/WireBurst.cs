using System.Text.RegularExpressions;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Telegram;

namespace NewsBot.Tests.Support;

/// <summary>One feed, "wire", of numbered stories into one chat, and what an operator checks afterwards: each once, in order, few log lines.</summary>
public static partial class WireBurst
{
    /// <summary>The baseline item 0, then stories 1..count, newest first.</summary>
    public static string Rss(int count)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        return RssBuilder.Build("Wire", Enumerable.Range(0, count + 1).Reverse().Select(n =>
            new RssBuilder.Item($"story-{n}", $"Story {n}", $"Summary of story {n}.", start.AddSeconds(n))));
    }

    public static List<string> Headlines(FakeBotApi bot, string chat) => bot.MessagesTo(chat).Select(m => m.PlainText.Split('\n')[0]).ToList();

    public static void AssertEveryStoryOnceInOrder(IReadOnlyList<string> headlines, int count) =>
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"Story {n}"), headlines);

    /// <summary>The warning, error and fatal lines of a text log (not the stack traces under them).</summary>
    public static List<string> FaultLines(string log) => log.Split('\n').Where(l => FaultLine().IsMatch(l)).ToList();

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d (WRN|ERR|FTL)\] ")]
    private static partial Regex FaultLine();
}
