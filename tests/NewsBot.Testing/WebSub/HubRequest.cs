namespace NewsBot.Testing.WebSub;

/// <summary>A subscribe or unsubscribe request a subscriber sent the test hub.</summary>
public sealed record HubRequest(string Mode, string Topic, string Callback, string Secret, string LeaseSeconds);
