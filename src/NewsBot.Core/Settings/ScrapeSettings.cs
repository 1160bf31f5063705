namespace NewsBot.Core.Settings;

/// <summary>
/// A feed's Scrape section: CSS selectors that read an HTML page with no feed. A field's rule is
/// <c>selector@attribute</c> (the attribute's value) or <c>selector</c> (the element's text), found inside each item;
/// <c>@attribute</c> alone reads the item element itself.
/// </summary>
public sealed class ScrapeSettings
{
    /// <summary>Selects each story's element on the page.</summary>
    public string Item { get; set; } = "";

    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Summary { get; set; }
    public string? Published { get; set; }
    public string? Image { get; set; }
}
