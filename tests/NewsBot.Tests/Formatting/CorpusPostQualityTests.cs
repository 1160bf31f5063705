using System.Text.RegularExpressions;
using NewsBot.Core.Formatting;
using NewsBot.Core.Stories;
using Xunit.Abstractions;

namespace NewsBot.Tests.Formatting;

/// <summary>
/// Every item of every real-world feed in the corpus reads as a newsroom would publish it: no known boilerplate,
/// no mojibake, and a summary that ends well. The counts are printed (README, "Clean posts").
/// </summary>
public partial class CorpusPostQualityTests(ITestOutputHelper output)
{
    private static readonly Summary Summary = new();

    [Fact]
    public void Every_realworld_item_has_no_boilerplate_no_mojibake_and_a_good_ending()
    {
        var problems = new List<string>();
        int items = 0, summaries = 0, shortened = 0, endsOnSentence = 0;
        foreach (var (file, story) in CorpusStories.All("realworld"))
        {
            items++;
            var lead = Summary.Lead(story);
            var summary = Summary.Of(story);
            summaries += summary.Length > 0 ? 1 : 0;
            shortened += summary != lead ? 1 : 0;
            endsOnSentence += summary != lead && !summary.EndsWith('…') ? 1 : 0;
            problems.AddRange(ProblemsOf(story, lead, summary).Select(p => $"{file} «{story.Title}»: {p}"));
        }
        output.WriteLine($"{items} items, {summaries} with a summary, {shortened} shortened ({endsOnSentence} of them on a sentence end), {problems.Count} problems");
        Assert.True(items > 1600, $"only {items} items were read");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> ProblemsOf(Story story, string lead, string summary)
    {
        foreach (var (field, text) in new[] { ("headline", story.Title), ("summary", summary), ("author", story.Author ?? "") })
        {
            if (Mojibake().Match(text) is { Success: true } broken)
            {
                yield return $"mojibake in the {field}: …{broken.Value}…";
            }
        }
        if (KnownBoilerplate().Match(summary) is { Success: true } boilerplate)
        {
            yield return $"boilerplate in the summary: {boilerplate.Value}";
        }
        if (summary != lead && !EndsWell().IsMatch(summary))
        {
            yield return $"shortened summary ends badly: …{summary[^Math.Min(30, summary.Length)..]}";
        }
        if (DomainFragment().IsMatch(summary))
        {
            yield return $"summary ends on a fragment of a domain: …{summary[^Math.Min(30, summary.Length)..]}";
        }
    }

    /// <summary>UTF-8 read as windows-1252: "Ã©", "â€™", "Ã–".</summary>
    [GeneratedRegex(@"Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€|\uFFFD")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"appeared first on|Continue reading|Read more\W*$|Leia mais|Lire la suite|Weiterlesen|^Comments$|\[(?:…|\.\.\.)\]|Join our Telegram|intended for readers, not scrapers|Subscribe •", RegexOptions.IgnoreCase)]
    private static partial Regex KnownBoilerplate();

    [GeneratedRegex(@"(?:[.!?。！？]['""”’»)\]]*|…)$")]
    private static partial Regex EndsWell();

    /// <summary>" com." left of "Boston.com." by a cut at the dot inside the domain.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:com|org|net|co\.uk|de|fr)\.$")]
    private static partial Regex DomainFragment();
}
