using System.Buffers;
using System.Text;

namespace NewsBot.Core.Feeds.Files;

/// <summary>
/// What the parse verb and the newsbot-parse tool print: a short line per feed file or, as JSON lines, the corpus
/// schema of <see cref="FeedJsonl"/>. Files are parsed on every core and printed in order.
/// </summary>
public static class FeedFilesReport
{
    /// <summary>Each thread's file and line buffers, reused from file to file so that only the lines are allocated.</summary>
    [ThreadStatic]
    private static (byte[] File, ArrayBufferWriter<byte> Line)? buffers;

    /// <summary>Writes the lines for <paramref name="paths"/>; 1 when one of them does not exist (named on <paramref name="errors"/>), else 0.</summary>
    public static int Write(IReadOnlyList<string> paths, bool jsonl, Stream output, TextWriter errors)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            errors.WriteLine($"No such file or folder: {path}");
        }
        var lines = paths.Except(missing).SelectMany(FeedFiles.Under).AsParallel().AsOrdered().Select(f => Describe(f, jsonl));
        using var buffered = new BufferedStream(output, 1 << 16);
        foreach (var line in lines)
        {
            buffered.Write(line);
        }
        buffered.Flush();
        return missing.Count == 0 ? 0 : 1;
    }

    /// <summary>The file's line, newline included, as UTF-8.</summary>
    private static byte[] Describe(FeedFile file, bool jsonl)
    {
        var (data, line) = buffers ??= ([], new ArrayBufferWriter<byte>());
        var bytes = Read(file.Path, ref data);
        buffers = (data, line);
        line.ResetWrittenCount();
        ParsedFeed? feed = null;
        string? error = null;
        try
        {
            feed = FeedParser.Parse(data.AsSpan(0, bytes));
        }
        catch (FeedFormatException e)
        {
            error = e.Message;
        }
        if (jsonl)
        {
            FeedJsonl.WriteJsonLine(line, file.Relative, bytes, feed, error);
        }
        else
        {
            Encoding.UTF8.GetBytes(Summary(file.Relative, feed, error), line);
        }
        line.Write("\n"u8);
        return line.WrittenSpan.ToArray();
    }

    private static string Summary(string relative, ParsedFeed? feed, string? error) => feed is null
        ? $"{relative}: {error}"
        : $"{relative}: {feed.Format}, {feed.Items.Count} items, \"{feed.Title}\"{(feed.Problem is { } p ? $", ill-formed: {p}" : "")}";

    /// <summary>Reads the whole file into <paramref name="buffer"/>, grown when too small; returns its length.</summary>
    private static int Read(string path, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(handle));
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }
        var read = 0;
        while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var n and > 0)
        {
            read += n;
        }
        return read;
    }
}
