using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsBot.Testing.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Monitoring;

/// <summary>deploy/: the alert rules load in Prometheus, and the dashboard and rules use only metrics a fresh bot exports.</summary>
public sealed partial class DeployFilesTests : HostTestBed
{
    private const string Dashboard = "deploy/grafana/newsbot.json";
    private const string Alerts = "deploy/prometheus/alerts.yml";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public override async Task InitializeAsync()
    {
        await StartFakesAsync("@news");
    }

    [Fact]
    public async Task Promtool_accepts_the_alert_rules()
    {
        var promtool = new ProcessStartInfo("promtool", ["check", "rules", RepositoryFiles.PathOf(Alerts)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(promtool)
            ?? throw new InvalidOperationException("promtool is missing: apt-get install prometheus (.ci/run does)");
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("SUCCESS: 5 rules found", output);
    }

    [Fact]
    public async Task Every_metric_the_dashboard_and_alerts_use_is_exported_with_help_and_type_by_a_fresh_bot()
    {
        // A feed that never answers: nothing has happened yet when the bot is scraped.
        Feeds.Fail("wire.xml", 500);
        var config = BotSettingsFile.Write(Folder, Bot.BaseUrl, FakeBotApi.Token, [new("wire", Feeds.UrlOf("wire.xml"))]);
        await using var host = HostProcess.Start(Folder.Path, null, "run", "--config", config);
        var endpoint = await host.EndpointAsync(Patience);
        using var http = new HttpClient();

        var scrape = await http.GetStringAsync(new Uri(endpoint, "/metrics"));
        var exported = Families(scrape);

        var used = UsedMetrics(Dashboard).Union(UsedMetrics(Alerts)).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, metric => Assert.Contains(metric, exported));
        Assert.Contains("newsbot_posts_sent_total{channel=\"news\"} 0", scrape);
        Assert.Contains("newsbot_stories_found_total{feed=\"wire\"} 0", scrape);
    }

    /// <summary>The families whose HELP and TYPE lines come before any sample of theirs.</summary>
    private static HashSet<string> Families(string exposition)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        var helped = new HashSet<string>(StringComparer.Ordinal);
        var sampled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in exposition.Split('\n'))
        {
            if (HelpLine().Match(line) is { Success: true } help)
            {
                helped.Add(help.Groups[1].Value);
            }
            else if (TypeLine().Match(line) is { Success: true } type)
            {
                var family = type.Groups[1].Value;
                if (helped.Contains(family) && !sampled.Contains(family))
                {
                    families.Add(family);
                }
            }
            else if (MetricName().Match(line) is { Success: true, Index: 0 } sample)
            {
                sampled.Add(HistogramSeries().Replace(sample.Value, ""));
            }
        }
        return families;
    }

    /// <summary>Each newsbot_* name a file queries, as its family (a histogram's _bucket, _sum and _count are its own).</summary>
    private static IEnumerable<string> UsedMetrics(string file) =>
        MetricName().Matches(File.ReadAllText(RepositoryFiles.PathOf(file)))
            .Select(m => HistogramSeries().Replace(m.Value, ""))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^# HELP (\S+) ")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^# TYPE (\S+) ")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"\bnewsbot_[a-z_]+")]
    private static partial Regex MetricName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSeries();
}
