using System.Text.RegularExpressions;

namespace NewsBot.Core.Filtering;

/// <summary>One compiled filter rule and how to name it to an admin ("/why").</summary>
internal sealed record FilterRule(Regex Regex, string Description);
