using System.CommandLine;
using NewsBot.Core.Feeds.Files;

namespace NewsBot.Cli;

/// <summary>The verbs of the one binary: run (default), check-config, preview, export-opml, parse, group, healthcheck.</summary>
public static class CommandLine
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var config = new Option<string?>("--config")
        {
            Description = "Settings file to use instead of config/appsettings.json",
            Recursive = true,
        };
        var root = new RootCommand("NewsBot: polls news feeds and posts new stories to Telegram channels.")
        {
            config,
            RunVerb(config),
            CheckConfigVerb(config),
            PreviewVerb(config),
            ExportOpmlVerb(config),
            ParseVerb(),
            GroupVerb(),
            HealthcheckVerb(config),
        };
        root.SetAction((result, cancel) => RunCommand.RunAsync(result.GetValue(config)));
        // The host handles SIGINT/SIGTERM itself and shuts down gracefully; no forced exit from the parser.
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    private static Command RunVerb(Option<string?> config)
    {
        var run = new Command("run", "Poll the feeds and post new stories (the default). With no bot token: a dry run printing posts.");
        run.SetAction((result, cancel) => RunCommand.RunAsync(result.GetValue(config)));
        return run;
    }

    private static Command CheckConfigVerb(Option<string?> config)
    {
        var check = new Command("check-config", "Validate the settings; exit code 0 when they are good, 2 otherwise.");
        check.SetAction(result => CheckConfigCommand.Run(result.GetValue(config), Console.Out, Console.Error));
        return check;
    }

    private static Command PreviewVerb(Option<string?> config)
    {
        var target = new Argument<string>("feed") { Description = "A configured feed's name, a feed URL or a feed file" };
        var preview = new Command("preview", "Print the posts a feed would make now; sends and stores nothing.") { target };
        preview.SetAction((result, cancel) => PreviewCommand.RunAsync(result.GetValue(config), result.GetValue(target)!, Console.Out, Console.Error, TimeProvider.System, cancel));
        return preview;
    }

    private static Command ExportOpmlVerb(Option<string?> config)
    {
        var export = new Command("export-opml", "Write every configured feed as OPML 2.0 to standard output (categories: the channels).");
        export.SetAction(result => ExportOpmlCommand.Run(result.GetValue(config), Console.Out, Console.Error));
        return export;
    }

    private static Command HealthcheckVerb(Option<string?> config)
    {
        var healthcheck = new Command("healthcheck", "GET /healthz of the running bot (where Urls says); exit code 0 when it answers 200, 1 otherwise.");
        healthcheck.SetAction((result, cancel) => HealthcheckCommand.RunAsync(result.GetValue(config), Console.Out, Console.Error, cancel));
        return healthcheck;
    }

    private static Command ParseVerb()
    {
        var paths = new Argument<string[]>("paths") { Description = "Feed files or folders", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON line per feed file, in the corpus schema" };
        var parse = new Command("parse", "Parse feed files and print what they hold.") { paths, jsonl };
        // The same report as the newsbot-parse tool (src/NewsBot.Parse), which is the one to time.
        parse.SetAction(result => FeedFilesReport.Write(result.GetValue(paths)!, result.GetValue(jsonl), Console.OpenStandardOutput(), Console.Error));
        return parse;
    }

    private static Command GroupVerb()
    {
        var file = new Argument<string>("file") { Description = "Reports, one JSON object a line (id, source, title, link, published, summary)" };
        var group = new Command("group", "Group reports of one story as a channel does; print {\"id\", \"group\"} a line.") { file };
        group.SetAction(result => GroupCommand.Run(result.GetValue(file)!, Console.Out, Console.Error));
        return group;
    }
}
