using NewsBot.Core.Settings;

namespace NewsBot.Delivery;

/// <summary>Where and how a channel's posts go: its chat, forum topic, button and link-preview choices.</summary>
public sealed record ChannelTarget(string Name, string ChatId, int? ThreadId = null, bool ReadMoreButton = false, bool LinkPreviews = true)
{
    public static ChannelTarget From(string name, ChannelSettings channel) =>
        new(name, channel.ChatId, channel.ThreadId, channel.ReadMoreButton, channel.LinkPreviews);
}
