using NewsBot.Core.Feeds.Text;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Scraping;

/// <summary>
/// Collects the items a Scrape or Json source yields and counts, per rule, the items it found a value in. Links and
/// pictures resolve against the document; an item without both a headline and a link is left out.
/// </summary>
internal sealed class ScrapedItems(string section, Uri? baseUri)
{
    private readonly XmlBaseScope links = new(baseUri);
    private readonly List<FeedItem> items = [];
    private readonly Dictionary<SourceField, (string Rule, int Matched)> rules = [];
    private int candidates;

    /// <summary>Reads one candidate item: <paramref name="read"/> gives a field's raw value (HTML for Summary), or null.</summary>
    public void Add(IReadOnlyDictionary<SourceField, string> fieldRules, Func<SourceField, string?> read)
    {
        candidates++;
        var values = new Dictionary<SourceField, string>();
        foreach (var (field, rule) in fieldRules)
        {
            var value = read(field);
            var found = !string.IsNullOrWhiteSpace(value);
            rules[field] = (rule, rules.GetValueOrDefault(field).Matched + (found ? 1 : 0));
            if (found)
            {
                values[field] = value!.Trim();
            }
        }
        if (Build(values) is { Title: not null, Link: not null } item)
        {
            items.Add(item);
        }
    }

    public ParsedFeed ToFeed(string format, string itemRule, string? title) => new()
    {
        Format = format,
        Title = title,
        Link = baseUri?.AbsoluteUri,
        Items = items,
        Encoding = "utf-8",
        RuleMatches = [new RuleMatch($"{section}:{(section == "Json" ? "Items" : "Item")}", itemRule, candidates, candidates),
            .. rules.OrderBy(r => r.Key).Select(r => new RuleMatch($"{section}:{r.Key}", r.Value.Rule, r.Value.Matched, candidates))],
    };

    /// <summary>The rules of a section that are set, by field.</summary>
    public static IReadOnlyDictionary<SourceField, string> Rules(params (SourceField Field, string? Rule)[] rules) =>
        rules.Where(r => !string.IsNullOrWhiteSpace(r.Rule)).ToDictionary(r => r.Field, r => r.Rule!.Trim());

    private FeedItem? Build(Dictionary<SourceField, string> values)
    {
        var builder = new ItemBuilder
        {
            Id = values.GetValueOrDefault(SourceField.Id),
            Title = HtmlText.ToPlainText(values.GetValueOrDefault(SourceField.Title)),
            Link = Resolve(values.GetValueOrDefault(SourceField.Link)),
            Summary = values.GetValueOrDefault(SourceField.Summary),
            PublishedRaw = values.GetValueOrDefault(SourceField.Published),
        };
        builder.AddMedia(Resolve(values.GetValueOrDefault(SourceField.Image)), "image");
        return builder.Build();
    }

    private string? Resolve(string? url) => url is null ? null : links.Resolve(url) is { Length: > 0 } resolved ? resolved : null;
}
