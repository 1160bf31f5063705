namespace NewsBot.Core.Grouping;

/// <summary>
/// Similarity of two word sets, each word weighted by its rarity: twice the weight they share over the weight of
/// both. Unlike an overlap of the smaller set, a short headline inside a long one does not count as the same.
/// </summary>
public static class WeightedDice
{
    public static double Of(IReadOnlySet<string> a, IReadOnlySet<string> b, WordStatistics statistics)
    {
        double shared = 0, total = 0;
        foreach (var word in a)
        {
            var weight = statistics.Weight(word);
            total += weight;
            if (b.Contains(word))
            {
                shared += weight;
            }
        }
        total += b.Sum(statistics.Weight);
        return total == 0 ? 0 : 2 * shared / total;
    }
}
