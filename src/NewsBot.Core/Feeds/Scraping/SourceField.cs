namespace NewsBot.Core.Feeds.Scraping;

/// <summary>The fields a Scrape or Json rule can fill, in the order their rules are reported.</summary>
internal enum SourceField
{
    Id,
    Title,
    Link,
    Summary,
    Published,
    Image,
}
