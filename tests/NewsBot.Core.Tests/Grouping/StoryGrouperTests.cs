using NewsBot.Core.Grouping;

namespace NewsBot.Core.Tests.Grouping;

public class StoryGrouperTests
{
    private static readonly DateTimeOffset Start = new(2030, 5, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly StoryGrouper _grouper = new(new GroupingOptions());

    [Fact]
    public void Reports_of_one_story_join_the_first()
    {
        Assign("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion");
        var second = Assign("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", minutes: 5);

        Assert.Equal(new GroupMatch("a", GroupingSignal.Similar, second.Score), second);
    }

    [Fact]
    public void An_unrelated_story_at_the_same_time_opens_its_own_group()
    {
        Assign("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion");

        Assert.Equal(new GroupMatch("b", GroupingSignal.Opened, 0), Assign("b", "Elephants can tell human voices apart", minutes: 1));
    }

    [Fact]
    public void The_same_link_in_another_spelling_joins_whatever_its_headline()
    {
        Assign("a", "Tanker escapes Libya", link: "https://news.example/libya-tanker?utm_source=rss");

        var match = Assign("b", "Completely rewritten headline", link: "http://m.news.example/libya-tanker/#top", minutes: 30);

        Assert.Equal(GroupingSignal.Link, match.Signal);
        Assert.Equal("a", match.GroupId);
    }

    [Fact]
    public void A_report_may_join_through_any_member_not_only_the_first()
    {
        Assign("a", "Neil Young launches PonoMusic player on Kickstarter");
        Assign("b", "Neil Young's PonoMusic Kickstarter raises $2 million", minutes: 10);

        var third = Assign("c", "PonoMusic raises $2 million in a day", minutes: 20);

        Assert.Equal("a", third.GroupId);
    }

    [Fact]
    public void Generic_headlines_never_swallow_unrelated_stories()
    {
        Assign("a", "Live updates");
        Assign("b", "10 things you need to know this morning", minutes: 1);

        Assert.False(Assign("c", "Live updates", minutes: 2).Joined);
        Assert.False(Assign("d", "10 things you need to know this morning", minutes: 3).Joined);
        Assert.False(Assign("e", "Live updates: Oscars red carpet", minutes: 4).Joined);
    }

    [Fact]
    public void Shared_dates_alone_do_not_make_one_story()
    {
        Assign("a", "March 11, 2014, 8:57 pm");

        Assert.False(Assign("b", "Benzinga's M&A Chatter for Tuesday March 11, 2014", minutes: 5).Joined);
    }

    [Fact]
    public void Past_the_window_a_report_opens_a_new_group()
    {
        Assign("a", "Flappy Bird creator plans resurrection of hit game");

        Assert.False(Assign("b", "Flappy Bird creator plans resurrection of hit game", minutes: 12 * 60 + 1).Joined);
    }

    [Fact]
    public void The_same_reports_in_the_same_order_give_the_same_groups()
    {
        string[] headlines = ["Taylor Swift tops Billboard money makers", "Taylor Swift named top money maker", "Billboard money makers: Swift leads", "Apple TV update hides channels"];
        var other = new StoryGrouper(new GroupingOptions());

        var first = headlines.Select((h, i) => Assign($"{i}", h, minutes: i)).ToList();
        var second = headlines.Select((h, i) => other.Assign(Item($"{i}", h, i, null))).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Reports_out_of_the_window_weigh_nothing_so_a_grouper_decides_like_one_holding_only_the_open_groups()
    {
        string[] headlines = ["Carney promises ruthless forex probe", "Bank of England forex probe: Carney vows to be ruthless", "Forex probe widens to Bank of England staff"];
        for (var i = 0; i < 300; i++)
        {
            Assign($"old{i}", $"Bank of England forex probe day {i}", minutes: -13 * 60);
        }
        var fresh = new StoryGrouper(new GroupingOptions());

        var held = headlines.Select((h, i) => Assign($"{i}", h, minutes: i)).ToList();
        var alone = headlines.Select((h, i) => fresh.Assign(Item($"{i}", h, i, null))).ToList();

        Assert.Equal(alone, held);
    }

    [Fact]
    public void Find_records_nothing()
    {
        Assign("a", "Herbalife rejects Ackman accusations");

        _grouper.Find(Item("b", "Herbalife rejects Ackman accusations again", 1, null));

        Assert.Equal("a", Assign("c", "Herbalife rejects Ackman accusations again", minutes: 2).GroupId);
    }

    [Fact]
    public void Known_members_added_from_storage_are_matched_like_assigned_ones()
    {
        _grouper.Add("a", Item("a", "Bank of England governor to testify on forex probe", 0, null));
        _grouper.Add("a", Item("b", "Carney promises ruthless forex probe", 5, null));

        Assert.Equal("a", Assign("c", "Carney: ruthless forex probe", minutes: 10).GroupId);
    }

    private GroupMatch Assign(string id, string title, int minutes = 0, string? link = null) =>
        _grouper.Assign(Item(id, title, minutes, link));

    private static GroupingItem Item(string id, string title, int minutes, string? link) =>
        new(id, title, null, link, Start.AddMinutes(minutes));
}
