namespace NewsBot.Core.Settings;

/// <summary>The status page at / of the web endpoint.</summary>
public sealed class DashboardSettings
{
    /// <summary>When set, the page asks for HTTP basic auth: user admin, this password. Empty: open.</summary>
    public string Password { get; set; } = "";
}
