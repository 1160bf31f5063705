namespace NewsBot.Core.Feeds.Xml;

/// <summary>The XML namespaces feeds use, with <see cref="Core"/> standing for no namespace and the RSS ones.</summary>
internal enum FeedNamespace
{
    Core,
    Atom,
    DublinCore,
    DublinCoreTerms,
    Content,
    Media,
    ITunes,
    Rdf,
    Other,
}
