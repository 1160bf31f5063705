namespace NewsBot.Storage;

/// <summary>How many posts a channel may receive in any minute and in any second, over all instances.</summary>
public sealed record SendBudget(int PerMinute, int PerSecond);
