namespace NewsBot.Core.Settings;

/// <summary>Push with WebSub (the W3C Recommendation), as a subscriber: where hubs reach this bot, and the pace of polls meanwhile.</summary>
public sealed class WebSubSettings
{
    /// <summary>The public base URL hubs call back (https://newsbot.example.com); the callbacks live under /websub/. Empty: no push.</summary>
    public string CallbackBaseUrl { get; set; } = "";

    /// <summary>While a feed's subscription is active, it is still polled this often, as the safety net.</summary>
    public TimeSpan SafetyNetInterval { get; set; } = TimeSpan.FromMinutes(30);

    public bool IsOn => CallbackBaseUrl.Trim().Length > 0;
}
