using NewsBot.Core.Feeds.Scraping;

namespace NewsBot.Core.Settings;

/// <summary>Checks a feed's Scrape selectors and Json paths, naming the key of each bad one.</summary>
internal static class SourceRulesValidator
{
    public static void Validate(string key, FeedSettings feed, List<SettingsError> errors)
    {
        if (feed.Scrape is not null && feed.Json is not null)
        {
            errors.Add(new($"{key}:Json", $"feed '{feed.Name}' has both a Scrape and a Json section; give it one"));
        }
        if (feed.Scrape is { } scrape)
        {
            ValidateScrape($"{key}:Scrape", scrape, errors);
        }
        if (feed.Json is { } json)
        {
            ValidateJson($"{key}:Json", json, errors);
        }
    }

    private static void ValidateScrape(string key, ScrapeSettings scrape, List<SettingsError> errors)
    {
        if (string.IsNullOrWhiteSpace(scrape.Item))
        {
            errors.Add(new($"{key}:Item", "is empty (a CSS selector for each story's element, e.g. article.story)"));
        }
        else if (HtmlScraper.SelectorProblem(scrape.Item) is { } problem)
        {
            errors.Add(new($"{key}:Item", problem));
        }
        RequireTitleAndLink(key, scrape.Title, scrape.Link, errors);
        foreach (var (name, rule) in Fields(scrape.Title, scrape.Link, scrape.Summary, scrape.Published, scrape.Image))
        {
            if (SelectorRule.Parse(rule).Selector is { Length: > 0 } selector && HtmlScraper.SelectorProblem(selector) is { } problem)
            {
                errors.Add(new($"{key}:{name}", problem));
            }
        }
    }

    private static void ValidateJson(string key, JsonSourceSettings json, List<SettingsError> errors)
    {
        RequireTitleAndLink(key, json.Title, json.Link, errors);
        foreach (var (name, path) in Fields(json.Title, json.Link, json.Summary, json.Published, json.Image).Append(("Items", json.Items)).Append(("Id", json.Id ?? "")))
        {
            if (JsonPath.Problem(path) is { } problem)
            {
                errors.Add(new($"{key}:{name}", problem));
            }
        }
    }

    private static void RequireTitleAndLink(string key, string? title, string? link, List<SettingsError> errors)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new($"{key}:Title", "is empty: an item with no headline is skipped, so every item would be"));
        }
        if (string.IsNullOrWhiteSpace(link))
        {
            errors.Add(new($"{key}:Link", "is empty: an item with no link is skipped, so every item would be"));
        }
    }

    private static IEnumerable<(string Name, string Rule)> Fields(string? title, string? link, string? summary, string? published, string? image) =>
        new[] { ("Title", title), ("Link", link), ("Summary", summary), ("Published", published), ("Image", image) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2!));
}
