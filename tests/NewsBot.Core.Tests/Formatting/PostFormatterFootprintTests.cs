using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

/// <summary>
/// A formatter is built per feed and channel, so what it holds is held thousands of times: its regexes are shared
/// (one per pattern), not rebuilt per formatter (27 KB each with the defaults, before).
/// </summary>
public class PostFormatterFootprintTests
{
    [Fact]
    public void A_thousand_formatters_with_the_default_options_allocate_under_two_megabytes()
    {
        _ = new PostFormatter(new PostFormatOptions());
        var before = GC.GetAllocatedBytesForCurrentThread();

        var formatters = Enumerable.Range(0, 1000).Select(_ => new PostFormatter(new PostFormatOptions())).ToList();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1000, formatters.Count);
        Assert.InRange(allocated, 0, 2 * 1024 * 1024);
    }
}
