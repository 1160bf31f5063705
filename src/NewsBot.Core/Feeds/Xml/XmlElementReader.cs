using System.Text;
using System.Xml;
using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>Reads the content of the element an <see cref="XmlReader"/> stands on, leaving it on that element's end.</summary>
internal sealed class XmlElementReader(XmlReader xml)
{
    private readonly StringBuilder builder = new();

    /// <summary>Whether the last <see cref="ReadText"/> met child elements.</summary>
    private bool hadChildElements;

    /// <summary>The element's text; child elements are kept as markup (XHTML content, unescaped HTML).</summary>
    public string ReadText()
    {
        hadChildElements = false;
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        string? single = null;
        builder.Clear();
        var more = xml.Read();
        while (more && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendPiece(ref single, xml.Value);
                    more = xml.Read();
                    break;
                case XmlNodeType.Element:
                    hadChildElements = true;
                    AppendPiece(ref single, xml.ReadOuterXml());
                    more = !xml.EOF;
                    break;
                default:
                    more = xml.Read();
                    break;
            }
        }
        var text = builder.Length > 0 ? builder.ToString() : single ?? "";
        return MojibakeRepair.Repair(text);
    }

    /// <summary>Plain text of a title-like element, read according to its type.</summary>
    public string? ReadTitle(TextKind defaultKind)
    {
        var kind = KindOf(defaultKind);
        var text = ReadText();
        return !hadChildElements && (kind == TextKind.Plain || (kind == TextKind.Guess && !LooksLikeHtml(text)))
            ? HtmlText.Squash(text)
            : HtmlText.ToPlainText(text);
    }

    /// <summary>HTML of a summary- or content-like element; plain text is escaped; blank → null.</summary>
    public string? ReadHtml(TextKind defaultKind)
    {
        var kind = KindOf(defaultKind);
        var text = ReadText();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return kind == TextKind.Plain && !hadChildElements ? HtmlEscape.Escape(text) : text;
    }

    /// <summary>A person: Atom's name child, else the text; RSS <c>jo@example.com (Jo Bloggs)</c> gives the name.</summary>
    public string? ReadPerson()
    {
        if (xml.IsEmptyElement)
        {
            return null;
        }
        var depth = xml.Depth;
        string? name = null;
        var text = new StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                var isName = xml.LocalName == "name";
                var value = ReadText();
                name ??= isName ? HtmlText.Squash(value) : null;
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                text.Append(xml.Value);
            }
        }
        return name ?? PersonNames.FromRssAuthor(HtmlText.Squash(MojibakeRepair.Repair(text.ToString())));
    }

    /// <summary>RSS <c>&lt;link&gt;url&lt;/link&gt;</c> or Atom <c>&lt;link rel href type/&gt;</c>, resolved; rel defaults to alternate.</summary>
    public LinkElement ReadLink(XmlBaseScope bases)
    {
        var rel = Attribute("rel")?.Trim();
        var type = Attribute("type");
        var url = bases.Resolve(Attribute("href") ?? ReadText());
        return new LinkElement(url.Length > 0 ? url : null, string.IsNullOrEmpty(rel) ? LinkElement.Alternate : rel, type);
    }

    public void Skip()
    {
        if (xml.IsEmptyElement)
        {
            return;
        }
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
        }
    }

    public string? Attribute(string name) => xml.HasAttributes ? xml.GetAttribute(name) : null;

    private void AppendPiece(ref string? single, string piece)
    {
        if (builder.Length == 0 && single is null)
        {
            single = piece;
            return;
        }
        if (single is not null)
        {
            builder.Append(single);
            single = null;
        }
        builder.Append(piece);
    }

    private TextKind KindOf(TextKind defaultKind)
    {
        var type = Attribute("type");
        if (type is null)
        {
            return defaultKind;
        }
        type = type.Trim();
        return type.Equals("text", StringComparison.OrdinalIgnoreCase) || type.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            || type.Equals("plain", StringComparison.OrdinalIgnoreCase)
            ? TextKind.Plain
            : TextKind.Html;
    }

    /// <summary>feedparser reads a title as HTML when it has an end tag or a character reference.</summary>
    private static bool LooksLikeHtml(string text)
    {
        var amp = text.IndexOf('&');
        if (amp >= 0 && text.AsSpan(amp + 1).IndexOf(';') is var semicolon and > 0 && semicolon <= 32)
        {
            return true;
        }
        var close = text.IndexOf("</", StringComparison.Ordinal);
        return close >= 0 && close + 2 < text.Length && char.IsAsciiLetter(text[close + 2]);
    }
}
