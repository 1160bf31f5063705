using NewsBot.Core.Settings;

namespace NewsBot.Hosting;

/// <summary>Binds a section's keys onto a settings object, with the binder's options (null: its defaults).</summary>
internal delegate void SectionBinder<in T>(IConfigurationSection section, T target, Action<BinderOptions>? options);

/// <summary>
/// The configuration binder's source-generated code (EnableConfigurationBindingGenerator in the project file), one
/// per settings type: the generator replaces only a Bind call whose target has its concrete type at the call site.
/// Binding by reflection allocated about 30 KB a feed and was most of loading 10,000 feeds (README, Many feeds).
/// </summary>
internal static class SettingsBinders
{
    public static readonly SectionBinder<TelegramSettings> Telegram = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<StorageSettings> Storage = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<ClusterSettings> Cluster = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<FeedDefaults> Defaults = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<FeedSettings> Feed = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<ChannelSettings> Channel = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<OpmlSettings> Opml = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<DashboardSettings> Dashboard = static (section, target, options) => section.Bind(target, options);
    public static readonly SectionBinder<WebSubSettings> WebSub = static (section, target, options) => section.Bind(target, options);
}
