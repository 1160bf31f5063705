using System.Xml.Linq;

namespace NewsBot.Core.Tests.Formatting;

/// <summary>Reads description/summary/content HTML out of the real-world corpus feeds, without the product's feed parser.</summary>
internal static class CorpusSnippets
{
    private static readonly HashSet<string> HtmlElements = ["description", "summary", "content", "encoded"];

    public static IEnumerable<string> Descriptions(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (System.Xml.XmlException)
        {
            // Some corpus files are deliberately malformed feeds.
            return [];
        }
        return document.Descendants()
            .Where(e => HtmlElements.Contains(e.Name.LocalName) && !e.HasElements && e.Value.Length > 0)
            .Select(e => e.Value);
    }
}
