using System.Text;
using System.Text.Json;
using NewsBot.Core.Feeds.Files;

namespace NewsBot.Core.Tests.Feeds.Files;

public sealed class FeedFilesReportTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-report-");

    [Fact]
    public void Writes_a_json_line_per_feed_file_in_name_order_skipping_what_is_not_a_feed_file()
    {
        Write("b/wire.xml", FeedText.Rss("<title>Two</title>"));
        Write("a.atom", FeedText.Atom("<title>One</title>"));
        Write("README.md", "# not a feed");
        Write("page.html", "   ");

        var (exitCode, output, errors) = Report([_folder.FullName], jsonl: true);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.atom", "b/wire.xml", "page.html"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal("Two", lines[1].GetProperty("entries")[0].GetProperty("title").GetString());
        Assert.Equal("empty document", lines[2].GetProperty("error").GetString());
    }

    [Fact]
    public void Many_files_come_out_in_order_though_parsed_in_parallel()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"f{i:D3}.xml").ToList();
        foreach (var name in names)
        {
            Write(name, FeedText.Rss($"<title>{name}</title>"));
        }

        var (_, output, _) = Report([_folder.FullName], jsonl: false);

        Assert.Equal(names.Select(n => $"{n}: rss20, 1 items, \"Channel\""), output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_path_is_named_and_fails_the_run_after_the_others_are_written()
    {
        Write("wire.xml", FeedText.Rss("<title>T</title>"));
        var missing = Path.Combine(_folder.FullName, "nowhere");

        var (exitCode, output, errors) = Report([missing, Path.Combine(_folder.FullName, "wire.xml")], jsonl: false);

        Assert.Equal(1, exitCode);
        Assert.Equal($"No such file or folder: {missing}", errors.Trim());
        Assert.Equal("wire.xml: rss20, 1 items, \"Channel\"", output.Trim());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static (int ExitCode, string Output, string Errors) Report(IReadOnlyList<string> paths, bool jsonl)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        var exitCode = FeedFilesReport.Write(paths, jsonl, output, errors);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), errors.ToString());
    }
}
