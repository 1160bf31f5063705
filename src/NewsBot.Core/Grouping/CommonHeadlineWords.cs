namespace NewsBot.Core.Grouping;

/// <summary>
/// A shipped head start for <see cref="WordStatistics"/>: words that run through headlines of every kind of story
/// ("live updates", "10 things you need to know this morning", "watch", "report"), so a freshly started bot already
/// weighs them low instead of treating them as rare until it has seen enough.
/// </summary>
internal static class CommonHeadlineWords
{
    public static readonly IReadOnlyList<string> Words =
        ("live update latest news breaking watch video photo picture gallery report reports week weekend day year month " +
         "morning evening night thing know need first last top best big biggest world people man woman men women " +
         "time times make makes take takes one two three five ten way back look here there now still could all any " +
         "some every other like see want go going come year old call calls set show shows hit hits " +
         "may face faces win wins lose loses home life help high low " +
         "state city country national global local public official officials group company report update analysis " +
         "opinion review interview exclusive podcast newsletter briefing recap highlight things ways reason").Split(' ')
        .Distinct(StringComparer.Ordinal).ToList();
}
