namespace NewsBot.Storage;

/// <summary>Why an edit or reply was queued: outbox.reason, and newsbot_posts_edited_total's reason label.</summary>
public static class EditReasons
{
    /// <summary>Later reports of the story in other feeds.</summary>
    public const string Credits = "credits";

    /// <summary>The story's headline or lead changed.</summary>
    public const string Update = "update";

    /// <summary>A breaking report of a story whose post was routine.</summary>
    public const string Breaking = "breaking";
}
