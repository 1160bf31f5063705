using System.Globalization;
using System.Text;
using NewsBot.Storage;

namespace NewsBot.Dashboard;

/// <summary>
/// Publication → post over the last 24 hours as inline SVG: per hour of sending, the median (p50) and p95 of the
/// delays of the posts sent in it.
/// </summary>
public static class FreshnessChart
{
    private const int Hours = 24;
    private const int Width = 720;
    private const int Height = 180;
    private const int Left = 50;
    private const int Bottom = 20;

    public static string Render(IReadOnlyList<SentPost> sent, DateTimeOffset now)
    {
        if (sent.Count == 0)
        {
            return "<p class=\"muted\">No post in the last 24 hours.</p>";
        }
        var hours = Enumerable.Range(0, Hours).Select(h => DelaysOfHour(sent, now, h)).ToList();
        var top = Math.Max(1, hours.Where(d => d.Count > 0).Max(d => Percentile(d, 0.95)));
        var all = sent.Select(Delay).Order().ToList();
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"publish delay p50 and p95 by hour\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Axes(top));
        svg.Append(Line(hours, 0.5, top, "#2a6ebb"));
        svg.Append(Line(hours, 0.95, top, "#c62828"));
        svg.Append("</svg>");
        return $"<p>Last 24 h: {all.Count} posts, p50 <b>{PageLayout.Duration(Percentile(all, 0.5))}</b>, p95 <b>{PageLayout.Duration(Percentile(all, 0.95))}</b> " +
            "(<span style=\"color:#2a6ebb\">p50</span> and <span style=\"color:#c62828\">p95</span> per hour, oldest left).</p>" + svg;
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static List<double> DelaysOfHour(IReadOnlyList<SentPost> sent, DateTimeOffset now, int hour)
    {
        var end = now.AddHours(hour - Hours + 1).ToUnixTimeMilliseconds();
        var start = end - 3_600_000;
        return sent.Where(s => s.SentAt > start && s.SentAt <= end).Select(Delay).Order().ToList();
    }

    private static double Delay(SentPost sent) => Math.Max(0, (sent.SentAt - sent.PublishedAt) / 1000.0);

    private static string Axes(double top)
    {
        var plotBottom = Height - Bottom;
        return $"<line x1=\"{Left}\" y1=\"5\" x2=\"{Left}\" y2=\"{plotBottom}\" stroke=\"#999\"/>" +
            $"<line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{Width - 5}\" y2=\"{plotBottom}\" stroke=\"#999\"/>" +
            $"<text x=\"2\" y=\"14\">{PageLayout.Duration(top)}</text><text x=\"2\" y=\"{plotBottom}\">0</text>" +
            $"<text x=\"{Left}\" y=\"{Height - 4}\">24 h ago</text><text x=\"{Width - 40}\" y=\"{Height - 4}\">now</text>";
    }

    private static string Line(List<List<double>> hours, double p, double top, string color)
    {
        var points = hours.Select((delays, hour) => (delays, hour)).Where(h => h.delays.Count > 0)
            .Select(h => $"{X(h.hour)},{Y(Percentile(h.delays, p), top)}").ToList();
        var dots = string.Concat(points.Select(point => point.Split(',')).Select(xy => $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{color}\"/>"));
        return $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>{dots}";
    }

    private static string X(int hour) => (Left + 10 + hour * (Width - Left - 20) / (double)(Hours - 1)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Y(double seconds, double top) => (Height - Bottom - seconds / top * (Height - Bottom - 10)).ToString("0.#", CultureInfo.InvariantCulture);
}
