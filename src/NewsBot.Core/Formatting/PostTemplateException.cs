namespace NewsBot.Core.Formatting;

/// <summary>An admin-written post template does not parse or does not render valid Telegram HTML.</summary>
public sealed class PostTemplateException(string message, Exception? inner = null) : Exception(message, inner);
