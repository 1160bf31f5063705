using System.Globalization;
using System.Xml;
using NewsBot.Core.Feeds.Decoding;
using NewsBot.Core.Feeds.Sitemaps;
using NewsBot.Core.Feeds.Text;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Streams RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and news sitemaps with an <see cref="XmlReader"/> (no DOM, no DTD, no external
/// entities) over text repaired by <see cref="XmlTextRepair"/>. An XML error ends the read; what was read is kept.
/// </summary>
internal sealed class XmlFeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    private readonly XmlReader xml;
    private readonly XmlElementReader element;
    private readonly XmlBaseScope bases;
    private readonly List<ItemBuilder> items = [];
    private readonly Stack<(int Depth, ItemBuilder Item)> openItems = new();
    private string format = "";
    private string rootNamespace = "";
    private string? title;
    private string? link;
    private string? hub;
    private string? self;
    private TimeSpan? timeToLive;

    private XmlFeedReader(XmlReader xml, Uri? baseUri)
    {
        this.xml = xml;
        element = new XmlElementReader(xml);
        bases = new XmlBaseScope(baseUri);
    }

    public static ParsedFeed Read(ReadOnlySpan<byte> data, FeedParseOptions options)
    {
        var encoding = FeedTextDecoder.Detect(data, options.HttpCharset);
        using var text = PooledText.Decode(data, encoding);
        using var repaired = new PooledText(text.Memory.Length + 64);
        var names = new NameTable();
        var context = new XmlParserContext(names, FeedNamespaces.CreateManager(names), null, XmlSpace.None);
        using var xml = XmlReader.Create(new MemoryTextReader(XmlTextRepair.Repair(text.Memory, repaired)), Settings, context);
        var reader = new XmlFeedReader(xml, options.BaseUri);
        reader.ReadRoot();
        var problem = reader.ReadElements();
        var entries = reader.items.ConvertAll(item => item.Build());
        var isIndex = reader.format == SitemapFields.SitemapIndex;
        return new ParsedFeed
        {
            Format = reader.format,
            Title = reader.title,
            Link = reader.link,
            Items = isIndex ? [] : entries,
            Sitemaps = isIndex ? SitemapFields.Links(entries) : [],
            Encoding = encoding.Name,
            Problem = problem ?? encoding.Problem,
            TimeToLive = reader.timeToLive,
            Hub = reader.hub,
            Self = reader.self,
        };
    }

    private void ReadRoot()
    {
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element)
            {
                throw new FeedFormatException("empty document: no root element");
            }
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not a feed: {e.Message}", e);
        }
        format = FeedVersions.Detect(xml);
        rootNamespace = xml.NamespaceURI;
    }

    /// <summary>Reads from the root element to the end; returns the XML error that stopped it, if any.</summary>
    private string? ReadElements()
    {
        try
        {
            do
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    OnElement();
                }
                else if (xml.NodeType == XmlNodeType.EndElement && openItems.TryPeek(out var open) && open.Depth == xml.Depth)
                {
                    openItems.Pop();
                }
            }
            while (xml.Read());
            return null;
        }
        catch (XmlException e)
        {
            return e.Message;
        }
    }

    private void OnElement()
    {
        bases.Enter(xml);
        var ns = NamespaceOf(xml.NamespaceURI);
        var name = xml.LocalName;
        if ((ns is FeedNamespace.Core or FeedNamespace.Atom && name is "item" or "entry") || SitemapFields.IsEntry(ns, name))
        {
            StartItem();
        }
        else if (openItems.TryPeek(out var open))
        {
            ReadItemElement(open.Item, ns, name);
        }
        else if (ns is FeedNamespace.Core or FeedNamespace.Atom)
        {
            ReadFeedElement(name, ns);
        }
        else if (ns == FeedNamespace.DublinCore && name == "title")
        {
            title ??= element.ReadTitle(TextKind.Guess);
        }
    }

    /// <summary>A root element in an unknown namespace makes that namespace the feed's own, as loose parsers read it.</summary>
    private FeedNamespace NamespaceOf(string uri)
    {
        var ns = FeedNamespaces.Classify(uri);
        ns = ns == FeedNamespace.Other && uri == rootNamespace ? FeedNamespace.Core : ns;
        // A sitemap without its namespace declaration is still a sitemap.
        return ns == FeedNamespace.Core && SitemapFields.IsSitemap(format) ? FeedNamespace.Sitemap : ns;
    }

    private void StartItem()
    {
        // RSS 1.0 names each item by its rdf:about URI, which feedparser reports as the id.
        var item = new ItemBuilder { Id = xml.HasAttributes ? xml.GetAttribute("about", FeedNamespaces.Rdf)?.Trim() : null };
        items.Add(item);
        if (!xml.IsEmptyElement)
        {
            openItems.Push((xml.Depth, item));
        }
    }

    private void ReadFeedElement(string name, FeedNamespace ns)
    {
        switch (name)
        {
            case "title":
                title ??= element.ReadTitle(ns == FeedNamespace.Atom ? TextKind.Plain : TextKind.Guess);
                break;
            case "link":
                ReadFeedLink(element.ReadLink(bases));
                break;
            case "ttl":
                timeToLive ??= int.TryParse(element.ReadText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) && minutes >= 0
                    ? TimeSpan.FromMinutes(minutes)
                    : null;
                break;
            case "image" or "textinput" or "textInput" or "author" or "contributor" or "source":
                element.Skip();
                break;
        }
    }

    private void ReadFeedLink(LinkElement feedLink)
    {
        switch (feedLink.Rel)
        {
            case LinkElement.Alternate:
                link ??= feedLink.Url;
                break;
            case "hub":
                hub ??= feedLink.Url;
                break;
            case "self":
                self ??= feedLink.Url;
                break;
        }
    }

    private void ReadItemElement(ItemBuilder item, FeedNamespace ns, string name)
    {
        switch (ns)
        {
            case FeedNamespace.Core or FeedNamespace.Atom:
                CoreItemFields.Read(element, bases, item, name, ns);
                break;
            case FeedNamespace.DublinCore or FeedNamespace.DublinCoreTerms:
                ReadDublinCore(item, name);
                break;
            case FeedNamespace.Content when name == "encoded":
                item.Content ??= element.ReadHtml(TextKind.Html);
                break;
            case FeedNamespace.Media:
                ReadMediaRss(item, name);
                break;
            case FeedNamespace.ITunes when name == "image":
                item.AddMedia(element.Attribute("href"), "image");
                break;
            case FeedNamespace.ITunes when name == "author":
                item.Author ??= element.ReadPerson();
                break;
            case FeedNamespace.SitemapNews when name == "name":
                // news:publication's name is the newsroom's: the source line of its posts.
                title ??= element.ReadTitle(TextKind.Plain);
                break;
            case FeedNamespace.Sitemap or FeedNamespace.SitemapNews or FeedNamespace.SitemapImage:
                SitemapFields.Read(element, bases, item, ns, name);
                break;
        }
    }

    private void ReadDublinCore(ItemBuilder item, string name)
    {
        switch (name)
        {
            case "title":
                item.Title ??= element.ReadTitle(TextKind.Guess);
                break;
            case "creator" or "author":
                item.Author ??= element.ReadPerson();
                break;
            case "date" or "modified":
                item.UpdatedRaw ??= RawDate(element.ReadText());
                break;
            case "issued":
                item.PublishedRaw ??= RawDate(element.ReadText());
                break;
            case "subject":
                item.AddCategory(element.ReadText());
                break;
        }
    }

    private void ReadMediaRss(ItemBuilder item, string name)
    {
        switch (name)
        {
            case "content":
                item.AddMedia(bases.Resolve(element.Attribute("url") ?? ""), element.Attribute("type") ?? element.Attribute("medium"),
                    element.Attribute("width"), element.Attribute("height"), thumbnail: false);
                break;
            case "thumbnail":
                item.AddMedia(bases.Resolve(element.Attribute("url") ?? ""), "image", element.Attribute("width"), element.Attribute("height"), thumbnail: true);
                break;
            case "description":
                item.MediaDescription ??= element.ReadHtml(TextKind.Plain);
                break;
        }
    }

    internal static string? RawDate(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
