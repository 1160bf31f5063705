using NewsBot.Core.Opml;

namespace NewsBot.Cli;

/// <summary>The export-opml verb: every configured feed as OPML 2.0, its channels as categories, for another reader to import.</summary>
public static class ExportOpmlCommand
{
    public static int Run(string? configPath, TextWriter output, TextWriter errors) =>
        SettingsVerb.Run(configPath, errors, (settings, _) =>
        {
            OpmlWriter.Write(output, "NewsBot feeds", settings.Feeds.Select(f => new OpmlWriter.Entry(f.Name, f.Url, f.SiteUrl, f.Channels)));
            output.WriteLine();
            return 0;
        });
}
