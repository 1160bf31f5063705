using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBot.Core.Formatting;

/// <summary>
/// A Scriban template whose output is Telegram HTML. Fields: title, summary, link, source, author, published,
/// categories (hashtags), breaking. String values arrive HTML-escaped, so the template may use them anywhere,
/// attributes included. Runs of blank lines left by empty fields collapse to one.
/// </summary>
public sealed partial class PostTemplate
{
    /// <summary>Newsroom layout: bold headline, summary, source · time in italics, link.</summary>
    public const string DefaultText =
        """
        {{ if breaking }}🔴 {{ end }}<b>{{ title }}</b>

        {{ summary }}

        <i>{{ source }}{{ if source != "" && published != "" }} · {{ end }}{{ published }}</i>
        {{ if link != "" }}<a href="{{ link }}">Read more</a>{{ end }}
        """;

    public static readonly PostTemplate Default = new(DefaultText);

    private readonly Template template;

    /// <summary>Parses and test-renders the template; throws <see cref="PostTemplateException"/> saying what is wrong.</summary>
    public PostTemplate(string? text)
    {
        template = Template.Parse(text ?? DefaultText);
        if (template.HasErrors)
        {
            throw new PostTemplateException($"The post template does not parse: {string.Join("; ", template.Messages)}");
        }
        foreach (var sample in SampleFields())
        {
            var error = TelegramHtml.FindError(Render(sample));
            if (error is not null)
            {
                throw new PostTemplateException($"The post template renders invalid Telegram HTML: {error}");
            }
        }
    }

    /// <summary>Renders the post; throws <see cref="PostTemplateException"/> when the template fails at run time.</summary>
    public string Render(PostFields fields)
    {
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(Globals(fields));
        try
        {
            return Tidy(template.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            throw new PostTemplateException($"The post template failed: {e.OriginalMessage}", e);
        }
    }

    private static ScriptObject Globals(PostFields fields)
    {
        var globals = new ScriptObject
        {
            ["title"] = TelegramHtml.Escape(fields.Title),
            ["summary"] = TelegramHtml.Escape(fields.Summary),
            ["link"] = TelegramHtml.Escape(fields.Link),
            ["source"] = TelegramHtml.Escape(fields.Source),
            ["author"] = TelegramHtml.Escape(fields.Author),
            ["published"] = TelegramHtml.Escape(fields.Published),
            ["categories"] = new ScriptArray(Hashtags(fields.Categories)),
            ["breaking"] = fields.Breaking,
        };
        return globals;
    }

    /// <summary>"Middle East" → "#MiddleEast": hashtags hold letters, digits and '_' only, and need a non-digit.</summary>
    internal static IEnumerable<string> Hashtags(IEnumerable<string> categories) =>
        categories
            .Select(c => string.Concat(c.Where(ch => char.IsLetterOrDigit(ch) || ch == '_')))
            .Where(tag => tag.Any(ch => !char.IsDigit(ch)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(tag => "#" + tag);

    private static string Tidy(string rendered) =>
        BlankLines().Replace(TrailingSpaces().Replace(rendered.Replace("\r\n", "\n", StringComparison.Ordinal), ""), "\n\n").Trim(' ', '\n');

    /// <summary>Fields with and without the optional parts, and with characters that need escaping.</summary>
    private static IEnumerable<PostFields> SampleFields()
    {
        var full = new PostFields
        {
            Title = "Sample <title> & \"quotes\"",
            Summary = "A summary with <tags> & entities.",
            Link = "https://example.com/news?a=1&b=\"2\"",
            Source = "Example News",
            Author = "A. Writer",
            Published = "1 Jan 2026, 12:00",
            Categories = ["World", "Middle East"],
            Breaking = true,
        };
        return [full, new PostFields { Title = "Sample" }];
    }

    [GeneratedRegex("[ \t]+(?=\n)")]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();
}
