using System.Globalization;
using System.Net;

namespace NewsBot.Dashboard;

/// <summary>The shell every dashboard page shares: self-contained HTML (no external asset, no script) that refreshes itself.</summary>
public static class PageLayout
{
    public const int RefreshSeconds = 30;

    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#f6f7f9}
        h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.1em;margin:1.4em 0 .4em}
        table{border-collapse:collapse;background:#fff;width:100%}
        th,td{border-bottom:1px solid #e3e5e8;padding:.35em .6em;text-align:left;vertical-align:top}
        th{background:#eef0f3;font-weight:600}
        .state{font-weight:600;white-space:nowrap}.ok{color:#1a7f37}.failing,.disabled{color:#c62828}
        .backoff,.paused{color:#b26a00}.muted{color:#777}.error{color:#a33;font-size:.9em}
        .posts{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:.8em;align-items:start}
        .post{background:#fff;border-radius:10px;padding:.7em .9em;box-shadow:0 1px 2px #0002;overflow-wrap:anywhere}
        .post img{max-width:100%;max-height:180px;border-radius:6px;display:block;margin-bottom:.4em}
        .post .meta{color:#777;font-size:.85em;margin-top:.4em}.post a{color:#2a6ebb}
        .post pre,.post code{background:#f0f0f0;border-radius:3px}.post blockquote{border-left:3px solid #2a6ebb;margin:.3em 0;padding-left:.6em}
        .spoiler{background:#ccc;color:#ccc}.spoiler:hover{color:inherit}
        svg text{font-size:11px;fill:#555}
        """;

    public static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="refresh" content="{RefreshSeconds}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>{Encode(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        {body}
        </body>
        </html>
        """;

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "—";

    /// <summary>A duration the way an operator reads it: 42 s, 7 min, 3.5 h.</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 90 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 5400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.#} h"),
    };
}
