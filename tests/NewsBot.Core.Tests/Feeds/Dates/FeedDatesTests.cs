using NewsBot.Core.Feeds.Dates;

namespace NewsBot.Core.Tests.Feeds.Dates;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Fri, 31 May 2019 12:17:58 -0700", "2019-05-31T19:17:58Z")]
    [InlineData("Tue, 15 Nov 2022 20:15:04 Z", "2022-11-15T20:15:04Z")]
    [InlineData("Tue, 15 Nov 2022 20:15:04 GMT ", "2022-11-15T20:15:04Z")]
    [InlineData("Tue, 15 Nov 2022 20:15:04 UT", "2022-11-15T20:15:04Z")]
    [InlineData("Wed, 17 Jan 2018 15:50:00 EST", "2018-01-17T20:50:00Z")]
    [InlineData("Wed, 17 Jul 2018 15:50:00 PDT", "2018-07-17T22:50:00Z")]
    [InlineData("Thu, 07 Dec 17 10:00:29 -0800", "2017-12-07T18:00:29Z")]
    [InlineData("Sat, Dec 16 2023 02:02:33 PM", "2023-12-16T14:02:33Z")]
    [InlineData("Sat, Dec 16 2023 12:02:33 AM", "2023-12-16T00:02:33Z")]
    [InlineData("mer, 16 nov 2022 00:38:15 +0100", "2022-11-15T23:38:15Z")]
    [InlineData("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z")]
    [InlineData("Mi, 16 Dez 2020 08:00:00 +0100", "2020-12-16T07:00:00Z")]
    [InlineData("jeu., 12 janv. 2023 10:00:00 +0100", "2023-01-12T09:00:00Z")]
    [InlineData("mié, 16 dic 2020 08:00:00 +0000", "2020-12-16T08:00:00Z")]
    [InlineData("di, 3 mrt 2020 08:00:00 +0000", "2020-03-03T08:00:00Z")]
    [InlineData("  Sat,   16 Dec 2023   14:02:33   GMT       ", "2023-12-16T14:02:33Z")]
    [InlineData("2020-05-18T05:44:47+00:00", "2020-05-18T05:44:47Z")]
    [InlineData("2015-02-13T22:39:34Z", "2015-02-13T22:39:34Z")]
    [InlineData("2015-02-13T22:39:34.123-05:30", "2015-02-14T04:09:34Z")]
    [InlineData("2015-02-13 22:39:34", "2015-02-13T22:39:34Z")]
    [InlineData("2022-12-17", "2022-12-17T00:00:00Z")]
    [InlineData("1518478934", "2018-02-12T23:42:14Z")]
    public void Parses_feed_date_forms(string raw, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Foo 2020")]
    [InlineData("2020-13-45")]
    [InlineData("Mon, 30 Feb 2020 10:00:00 GMT")]
    public void Unreadable_dates_are_null(string? raw)
    {
        Assert.Null(FeedDates.Parse(raw));
    }

    [Fact]
    public void Future_dates_are_not_clamped()
    {
        Assert.Equal(2999, FeedDates.Parse("2999-01-01T00:00:00Z")!.Value.Year);
    }
}
