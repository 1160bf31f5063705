namespace NewsBot.Core.Settings;

/// <summary>
/// A feed's Json section: dotted paths that read a JSON document (a newsroom's API) with no feed. Items is taken
/// from the document's root (empty: the root is the list), every other path from each item; a number indexes an
/// array (<c>items.0.url</c>).
/// </summary>
public sealed class JsonSourceSettings
{
    public string Items { get; set; } = "";
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Summary { get; set; }
    public string? Published { get; set; }
    public string? Image { get; set; }
}
