using System.Text.RegularExpressions;
using NewsBot.Core.Formatting;

namespace NewsBot.Core.Settings;

/// <summary>
/// The checks of values that thousands of feeds share (the Defaults' template and patterns), each distinct value
/// checked once per validation: parsing and test-rendering a template for every feed was most of check-config's time.
/// </summary>
internal sealed class SharedValueChecks
{
    private readonly Dictionary<string, string?> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _patterns = new(StringComparer.Ordinal);

    /// <summary>Why the post template is refused, or null when it is good (null itself is the default template).</summary>
    public string? TemplateError(string? template)
    {
        var text = template ?? PostTemplate.DefaultText;
        if (!_templates.TryGetValue(text, out var error))
        {
            error = ParseError(text);
            _templates[text] = error;
        }
        return error;
    }

    /// <summary>Why the pattern is not a regular expression, or null when it is one.</summary>
    public string? PatternError(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var error))
        {
            error = RegexError(pattern);
            _patterns[pattern] = error;
        }
        return error;
    }

    private static string? ParseError(string template)
    {
        try
        {
            _ = new PostTemplate(template);
            return null;
        }
        catch (PostTemplateException e)
        {
            return e.Message;
        }
    }

    private static string? RegexError(string pattern)
    {
        try
        {
            _ = new Regex(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"not a regular expression: {e.Message}";
        }
    }
}
