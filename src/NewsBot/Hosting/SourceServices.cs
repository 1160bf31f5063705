using NewsBot.Polling;

namespace NewsBot.Hosting;

/// <summary>Reading what a feed's Url serves beyond a plain feed: sitemap indexes, scraped pages and JSON APIs.</summary>
internal static class SourceServices
{
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddSingleton<FeedDocuments>();
        services.AddSingleton<SitemapIndexes>();
        services.AddSingleton<RuleMisses>();
        services.AddSingleton<ArticleLeads>();
        return services;
    }
}
