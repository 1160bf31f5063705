using Dapper;
using NewsBot.Core.Formatting;
using NewsBot.Core.Settings;
using NewsBot.Storage;
using NewsBot.WebSub;
using static NewsBot.Tests.Storage.StorageSamples;

namespace NewsBot.Tests.Storage;

/// <summary>What every storage provider must do; each provider's test class runs all of these against it.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private StorageUnderTest? _storage;

    private IStoryStore Store => _storage!.Store;
    private IOutbox Outbox => _storage!.Outbox;
    private IPauseStore Pauses => new SqlPauseStore(_storage!.Database);
    private IPollHistory History => new SqlPollHistory(_storage!.Database);
    private IStatusQueries Queries => new SqlStatusQueries(_storage!.Database);
    private SqlSubscriptionStore Subscriptions => new(_storage!.Database);
    private static CancellationToken None => CancellationToken.None;

    /// <summary>The provider over fresh, empty storage (schema not yet created); the test class disposes it.</summary>
    protected abstract Task<StorageUnderTest> CreateStorageAsync();

    /// <summary>The provider over other storage with the schema an older bot left, before the outbox kept post fields.</summary>
    protected abstract Task<StorageUnderTest> CreateStorageBeforePostFieldsAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        await Store.MigrateAsync(None);
    }

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Migrating_again_keeps_the_schema_and_the_rows()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);

        await Store.MigrateAsync(None);

        Assert.Equal(["a"], await Store.FindSeenAsync(Feed, ["a"], None));
        Assert.Equal(1, (await Outbox.DepthByChannelAsync(None))[Channel]);
    }

    [Fact]
    public async Task A_post_queued_before_the_outbox_kept_fields_is_still_sent_as_rendered()
    {
        var older = await CreateStorageBeforePostFieldsAsync();
        var rendered = new OutgoingPost { Html = "<b>Queued before the upgrade</b>", PlainText = "Queued before the upgrade", Silent = true };
        await using (var connection = await older.Database.OpenConnectionAsync(None))
        {
            await connection.ExecuteAsync(
                "INSERT INTO outbox (channel, story_key, feed, priority, payload, published_at, created_at) VALUES (@Channel, 'old', @Feed, 0, @payload, @at, @at)",
                new { Channel, Feed, payload = PostPayload.Serialize(rendered), at = UnixTime.Ms(Now) });
        }

        await older.Store.MigrateAsync(None);
        var entry = await older.Outbox.ClaimNextAsync(Channel, "test", Now, Lease, Unlimited, None);

        Assert.Equal(("old", rendered, null), (entry!.StoryKey, entry.Post, entry.Draft));
        Assert.Null(entry.Edit);
    }

    [Fact]
    public async Task A_websub_subscription_is_kept_verified_claimed_once_and_removed()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_900_000_000_000);
        await Subscriptions.AddAsync(new Subscription("cb1", Feed, "https://a.example/feed", "https://hub.example/", "s3cret", Subscription.Subscribe, at, null, null), None);

        await Subscriptions.VerifiedAsync("cb1", at, at.AddHours(1), None);
        var claims = new[]
        {
            await Subscriptions.ClaimRequestAsync("cb1", Subscription.Subscribe, at.AddMinutes(50), None),
            await Subscriptions.ClaimRequestAsync("cb1", Subscription.Subscribe, at.AddMinutes(50), None),
        };

        Assert.Equal([true, false], claims);
        Assert.Equal(
            new Subscription("cb1", Feed, "https://a.example/feed", "https://hub.example/", "s3cret", Subscription.Subscribe, at.AddMinutes(50), at.AddHours(1), at),
            await Subscriptions.FindAsync("cb1", None));
        await Subscriptions.RemoveAsync("cb1", None);
        Assert.Empty(await Subscriptions.AllAsync(None));
    }

    [Fact]
    public async Task Seen_keys_are_found_per_feed()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b")), None);

        Assert.Equal(["a", "b"], (await Store.FindSeenAsync(Feed, ["a", "b", "c"], None)).Order());
        Assert.Empty(await Store.FindSeenAsync("other-feed", ["a"], None));
    }

    [Fact]
    public async Task Many_keys_are_looked_up_in_chunks()
    {
        var posts = Enumerable.Range(0, 600).Select(i => Post($"k{i}")).ToArray();
        await Store.RecordPollAsync(Poll(posts), None);

        Assert.Equal(600, (await Store.FindSeenAsync(Feed, posts.Select(p => p.StoryKey).Append("new").ToList(), None)).Count);
    }

    [Fact]
    public async Task Recording_the_same_posts_twice_queues_each_channel_and_story_once()
    {
        var poll = Poll(Post("a"), Post("b"), Post("a", channel: "sports"));

        await Store.RecordPollAsync(poll, None);
        await Store.RecordPollAsync(poll, None);

        var depth = await Outbox.DepthByChannelAsync(None);
        Assert.Equal(2, depth[Channel]);
        Assert.Equal(1, depth["sports"]);
    }

    [Fact]
    public async Task The_due_channels_are_those_with_a_queued_post_neither_leased_nor_waiting()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b", channel: "sports"), Post("c", channel: "world"), Post("d", channel: "weather")), None);
        await ClaimAsync(Now, "sports");
        var world = await ClaimAsync(Now, "world");
        await Outbox.RetryLaterAsync(world!.Id, Now.AddMinutes(10), "HTTP 500", None);
        var weather = await ClaimAsync(Now, "weather");
        await Outbox.MarkSentAsync(weather!.Id, 7, Now, null, None);

        Assert.Equal([Channel], await Outbox.DueChannelsAsync(Now, None));
        Assert.Equal([Channel, "sports", "world"], (await Outbox.DueChannelsAsync(Now.AddMinutes(11), None)).Order());
    }

    [Fact]
    public async Task A_poll_saves_the_validators_and_the_baseline()
    {
        var poll = Poll(Post("a"));
        await Store.RecordFailureAsync(Feed, "timeout", Now, None);

        await Store.RecordPollAsync(poll, None);

        var state = await Store.GetFeedStateAsync(Feed, None);
        Assert.Equal(poll.Validators, state.Validators);
        Assert.True(state.BaselineDone);
        Assert.Equal(0, state.ConsecutiveFailures);
        Assert.Null(state.LastError);
    }

    [Fact]
    public async Task Every_feed_s_state_is_read_in_one_query_as_each_alone_would_be()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        await Store.RecordFailureAsync("other", "HTTP 503", Now, None);

        var states = await Store.GetFeedStatesAsync(None);

        Assert.Equal(2, states.Count);
        Assert.Equal(await Store.GetFeedStateAsync(Feed, None), states[Feed]);
        Assert.Equal(await Store.GetFeedStateAsync("other", None), states["other"]);
    }

    [Fact]
    public async Task Failures_are_counted_in_a_row_until_an_unchanged_poll()
    {
        Assert.Equal(new FeedState { Feed = Feed }, await Store.GetFeedStateAsync(Feed, None));
        Assert.Equal(1, await Store.RecordFailureAsync(Feed, "HTTP 500", Now, None));
        Assert.Equal(2, await Store.RecordFailureAsync(Feed, "HTTP 502", Now, None));
        Assert.Equal("HTTP 502", (await Store.GetFeedStateAsync(Feed, None)).LastError);

        await Store.RecordUnchangedAsync(Feed, Now, None);

        Assert.Equal(0, (await Store.GetFeedStateAsync(Feed, None)).ConsecutiveFailures);
    }

    [Fact]
    public async Task A_deferred_poll_time_is_kept_and_cleared()
    {
        await Store.RecordFailureAsync(Feed, "HTTP 503", Now, None);

        await Store.DeferPollsAsync(Feed, Now.AddMinutes(10), None);
        Assert.Equal(Now.AddMinutes(10), (await Store.GetFeedStateAsync(Feed, None)).PollNotBefore);

        await Store.DeferPollsAsync(Feed, null, None);
        Assert.Null((await Store.GetFeedStateAsync(Feed, None)).PollNotBefore);
    }

    [Fact]
    public async Task Routine_posts_beyond_the_kept_ones_become_one_digest_in_their_place()
    {
        var routine = Enumerable.Range(1, 8).Select(i => Post($"r{i}")).ToArray();
        await Store.RecordPollAsync(Poll([.. routine, Post("breaking", priority: 1)]), None);

        Assert.Equal(6, await Outbox.CombineIntoDigestAsync(Channel, keep: 3, Now, None));

        var sent = new List<OutboxEntry>();
        while (await ClaimAsync(Now) is { } entry)
        {
            sent.Add(entry);
            await Outbox.MarkSentAsync(entry.Id, sent.Count, Now, null, None);
        }
        Assert.Equal(["breaking", "r1", "r2", "r3"], sent.Select(e => e.StoryKey));
        Assert.StartsWith("<b>More news</b>", sent[3].Post.Html);
        Assert.All(Enumerable.Range(3, 6), i => Assert.Contains($"• r{i}", sent[3].Post.PlainText));
        Assert.Equal(0, await Outbox.CombineIntoDigestAsync(Channel, keep: 3, Now, None));
    }

    [Fact]
    public async Task A_claim_returns_the_post_as_queued()
    {
        var post = Post("a");
        await Store.RecordPollAsync(Poll(post), None);

        var entry = await ClaimAsync(Now);

        Assert.NotNull(entry);
        Assert.Equal((Channel, "a", Feed, post.Post, 1), (entry.Channel, entry.StoryKey, entry.Feed, entry.Post, entry.Attempts));
        Assert.Equal((post.Published, Now), (entry.Published, entry.CreatedAt));
    }

    [Fact]
    public async Task Only_the_head_of_a_channel_is_claimed()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b"), Post("c", channel: "sports")), None);

        Assert.Equal("a", (await ClaimAsync(Now))?.StoryKey);
        Assert.Null(await ClaimAsync(Now));
        Assert.Equal("c", (await ClaimAsync(Now, "sports"))?.StoryKey);
    }

    [Fact]
    public async Task A_higher_priority_goes_first()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("breaking", priority: 1)), None);

        Assert.Equal("breaking", (await ClaimAsync(Now))?.StoryKey);
    }

    [Fact]
    public async Task A_postponed_head_waits_without_counting_an_attempt()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b")), None);
        var first = await ClaimAsync(Now);

        await Outbox.PostponeAsync(first!.Id, Now.AddSeconds(3), None);

        Assert.Null(await ClaimAsync(Now.AddSeconds(2)));
        var again = await ClaimAsync(Now.AddSeconds(3));
        Assert.Equal(("a", 1), (again?.StoryKey, again?.Attempts));
    }

    [Fact]
    public async Task A_head_retried_later_holds_the_channel_until_due()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b")), None);
        var first = await ClaimAsync(Now);

        await Outbox.RetryLaterAsync(first!.Id, Now.AddMinutes(1), "HTTP 502", None);

        Assert.Null(await ClaimAsync(Now.AddSeconds(59)));
        var again = await ClaimAsync(Now.AddMinutes(1));
        Assert.Equal(("a", 2), (again?.StoryKey, again?.Attempts));
    }

    [Fact]
    public async Task Retry_later_releases_the_lease()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        var first = await ClaimAsync(Now);

        await Outbox.RetryLaterAsync(first!.Id, Now, "HTTP 429", None);

        Assert.Equal(first.Id, (await ClaimAsync(Now, owner: "another"))?.Id);
    }

    [Fact]
    public async Task A_lease_holds_until_it_expires()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        var first = await ClaimAsync(Now);

        Assert.Null(await ClaimAsync(Now + Lease, owner: "another"));
        var takenOver = await ClaimAsync(Now + Lease + TimeSpan.FromMilliseconds(1), owner: "another");

        Assert.Equal((first!.Id, 2), (takenOver?.Id, takenOver?.Attempts));
    }

    [Fact]
    public async Task Mark_sent_records_the_message_id_and_frees_the_channel()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b")), None);
        var first = await ClaimAsync(Now);

        await Outbox.MarkSentAsync(first!.Id, 4242, Now, null, None);

        Assert.Equal(4242, await MessageIdAsync(first.Id));
        Assert.Equal(1, (await Outbox.DepthByChannelAsync(None))[Channel]);
        Assert.Equal("b", (await ClaimAsync(Now))?.StoryKey);
    }

    [Fact]
    public async Task A_link_is_traced_to_its_outbox_state_in_each_channel()
    {
        await Store.RecordPollAsync(Poll(Post("sent"), Post("failed", channel: "alerts"), Post("d1", channel: "digest"), Post("d2", channel: "digest")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 7, Now, null, None);
        await Outbox.MarkFailedAsync((await ClaimAsync(Now, "alerts"))!.Id, "Bad Request", None);
        await Outbox.CombineIntoDigestAsync("digest", keep: 0, Now, None);
        await Store.RecordPollAsync(Poll() with { NewlySeen = [Story("unposted")] }, None);

        Assert.Equal(OutboxState.Sent, (await TraceAsync("sent")).State);
        Assert.Equal(OutboxState.Failed, (await TraceAsync("failed")).State);
        Assert.Equal(OutboxState.Queued, (await TraceAsync("d1")).State);
        var digested = await TraceAsync("d2");
        Assert.Equal((OutboxState.Digested, "digest"), (digested.State, digested.Channel));
        Assert.StartsWith("combined into digest post", digested.LastError);
        Assert.Null((await TraceAsync("unposted")).State);
    }

    [Fact]
    public async Task A_report_of_a_queued_posts_story_is_credited_in_that_post_not_queued()
    {
        await Store.RecordPollAsync(Poll(GroupedPost("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters")), None);

        var joined = await Store.RecordPollAsync(Poll(GroupedPost("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3), GroupedPost("c", "Elephants can tell human voices apart", "ap", minutes: 3)), None);

        Assert.Equal(["b"], joined.Select(p => p.StoryKey));
        var post = await ClaimAsync(Now);
        Assert.Equal("a", post!.StoryKey);
        Assert.Equal([new Credit("bbc", "https://bbc.example/b")], post.Draft!.Credits);
        Assert.Equal(2, (await Outbox.DepthByChannelAsync(None))[Channel]);
    }

    [Fact]
    public async Task Reports_of_a_sent_posts_story_become_one_edit_a_minute_of_that_message()
    {
        await Store.RecordPollAsync(Poll(GroupedPost("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 77, Now, null, None);

        await Store.RecordPollAsync(Poll(GroupedPost("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3)), None);
        await Store.RecordPollAsync(Poll(GroupedPost("c", "Men's Wearhouse buys Jos. A. Bank", "ap", minutes: 4)), None);

        var edit = await ClaimAsync(Now);
        Assert.Equal(new OutboxEdit(77, EditReasons.Credits), edit!.Edit);
        Assert.Equal([new Credit("bbc", "https://bbc.example/b"), new Credit("ap", "https://ap.example/c")], edit.Draft!.Credits);
        await Outbox.MarkSentAsync(edit.Id, 77, Now, null, None);
        await Store.RecordPollAsync(Poll(GroupedPost("d", "Men's Wearhouse to buy Jos. A. Bank", "cnn", minutes: 5)), None);
        Assert.Null(await ClaimAsync(Now + TimeSpan.FromSeconds(59)));
        Assert.Equal(new OutboxEdit(77, EditReasons.Credits), (await ClaimAsync(Now + TimeSpan.FromMinutes(1)))?.Edit);
    }

    [Fact]
    public async Task A_credited_report_is_traced_to_the_post_it_was_credited_in()
    {
        await Store.RecordPollAsync(Poll(GroupedPost("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters")), None);
        await Store.RecordPollAsync(Poll(GroupedPost("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3)), None);

        var trace = await TraceAsync("b");

        Assert.Equal((null, Channel, "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion"), (trace.State, trace.CreditedIn, trace.CreditedTo));
        Assert.Null((await TraceAsync("a")).CreditedIn);
    }

    [Fact]
    public async Task A_report_recorded_again_credits_nothing_twice()
    {
        await Store.RecordPollAsync(Poll(GroupedPost("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters")), None);
        await Store.RecordPollAsync(Poll(GroupedPost("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3)), None);

        Assert.Empty(await Store.RecordPollAsync(Poll(GroupedPost("b", "Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3)), None));
        Assert.Equal(1, (await Outbox.DepthByChannelAsync(None))[Channel]);
    }

    [Fact]
    public async Task A_feeds_pause_is_kept_until_it_is_resumed()
    {
        Assert.True(await Pauses.PauseAsync(Feed, Now, None));
        Assert.False(await Pauses.PauseAsync(Feed, Now, None));

        Assert.Equal(new HashSet<string> { Feed }, (await Pauses.GetPausesAsync(None)).Feeds);
        Assert.False((await Pauses.GetPausesAsync(None)).IsPaused("other-feed"));
        Assert.True(await Pauses.ResumeAsync(Feed, None));
        Assert.False(await Pauses.ResumeAsync(Feed, None));
        Assert.Equal((false, 0), ((await Pauses.GetPausesAsync(None)).All, (await Pauses.GetPausesAsync(None)).Feeds.Count));
    }

    [Fact]
    public async Task A_pause_of_every_feed_covers_feeds_not_named_and_resuming_all_lifts_every_pause()
    {
        await Pauses.PauseAsync(Feed, Now, None);
        Assert.True(await Pauses.PauseAsync(null, Now, None));

        var paused = await Pauses.GetPausesAsync(None);
        Assert.True(paused.All);
        Assert.True(paused.IsPaused("a-feed-added-later"));
        Assert.Equal(new HashSet<string> { Feed }, paused.Feeds);

        Assert.True(await Pauses.ResumeAsync(null, None));
        Assert.False((await Pauses.GetPausesAsync(None)).IsPaused(Feed));
        Assert.False(await Pauses.ResumeAsync(null, None));
    }

    [Fact]
    public async Task The_poll_history_keeps_each_feeds_newest_polls_only()
    {
        var history = History;
        const int polls = (IPollHistory.Kept * 3) + 5;
        for (var i = 0; i < polls; i++)
        {
            await history.RecordAsync(new PollHistoryEntry { Feed = Feed, PolledAt = i, Result = "fetched", Bytes = i, DurationMs = 3, NewStories = 1 }, None);
        }
        await history.RecordAsync(new PollHistoryEntry { Feed = "other-feed", PolledAt = 1, Result = "failed", Error = "HTTP 500" }, None);

        var recent = await history.RecentAsync(Feed, None);
        Assert.Equal(IPollHistory.Kept, recent.Count);
        Assert.Equal(polls - 1, recent[0].Bytes);
        Assert.Equal("HTTP 500", Assert.Single(await history.RecentAsync("other-feed", None)).Error);
        await using var connection = await _storage!.Database.OpenConnectionAsync(None);
        var rows = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM poll_history WHERE feed = @Feed", new { Feed });
        Assert.InRange(rows, IPollHistory.Kept, IPollHistory.Kept + SqlPollHistory.TrimEvery);
    }

    [Fact]
    public async Task The_status_queries_count_stories_and_sends_and_list_the_last_posts()
    {
        await Store.RecordPollAsync(Poll(Post("a"), Post("b"), Post("c", channel: "sports")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 7, Now, null, None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now, "sports"))!.Id, 8, Now.AddMinutes(1), null, None);

        Assert.Equal(3, (await Queries.StoriesSinceAsync(Now.AddHours(-1), None))[Feed]);
        Assert.Empty(await Queries.StoriesSinceAsync(Now.AddHours(1), None));
        Assert.Equal(1, (await Queries.SentSinceAsync(Now.AddHours(-1), None))[Channel]);
        var last = await Queries.LastPostsAsync(1, None);
        Assert.Equal(("sports", "<b>c</b>"), (Assert.Single(last).Channel, PostPayload.Deserialize(last[0].Payload).Html));
        Assert.Equal(2, (await Queries.SentPostsSinceAsync(Now.AddHours(-1), None)).Count);
        var stories = await Queries.RecentStoriesAsync(Feed, 2, None);
        Assert.Equal(2, stories.Count);
        Assert.All(stories, s => Assert.NotNull(s.Link));
    }

    [Fact]
    public async Task A_sent_posts_changed_headline_queues_one_edit_and_a_trivial_change_none()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 77, Now, null, None);

        await Store.RecordPollAsync(SeenAgain(Revision("a", "a!")), None);
        Assert.Null(await ClaimAsync(Now));
        await Store.RecordPollAsync(SeenAgain(Revision("a", "a, now sharper")), None);
        await Store.RecordPollAsync(SeenAgain(Revision("a", "a, now sharper.")), None);

        var edit = await ClaimAsync(Now);
        Assert.Equal((new OutboxEdit(77, EditReasons.Update), "a, now sharper", Now), (edit!.Edit, edit.Draft!.Title, edit.Draft.UpdatedAt));
        await Outbox.MarkSentAsync(edit.Id, 77, Now, null, None);
        Assert.Null(await ClaimAsync(Now + TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task A_queued_posts_changed_headline_is_sent_as_it_now_reads_without_a_mark()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);

        await Store.RecordPollAsync(SeenAgain(Revision("a", "a, now sharper")), None);

        var post = await ClaimAsync(Now);
        Assert.Equal(("a", "a, now sharper", null), (post!.StoryKey, post.Draft!.Title, post.Draft.UpdatedAt));
        Assert.Null(post.Edit);
    }

    [Fact]
    public async Task With_updates_posted_a_changed_headline_is_a_reply_to_the_sent_post()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 77, Now, null, None);

        await Store.RecordPollAsync(SeenAgain(Revision("a", "a, now sharper") with { Updating = new PostUpdating(StoryUpdates.Post, TimeSpan.FromHours(12)) }), None);

        var reply = await ClaimAsync(Now);
        Assert.Equal((77L, "a, now sharper", (OutboxEdit?)null), (reply!.ReplyTo, reply.Draft!.Title, reply.Edit));
    }

    [Fact]
    public async Task A_new_key_with_a_posts_link_revises_that_post_instead_of_posting_again()
    {
        await Store.RecordPollAsync(Poll(Post("a")), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 77, Now, null, None);
        var rekeyed = Post("a2") with
        {
            Draft = new PostDraft { Title = "a, now sharper", Link = "https://example.com/a?utm_source=rss", Published = Now.AddMinutes(-10) },
            Updating = new PostUpdating(StoryUpdates.Edit, TimeSpan.FromHours(12)),
        };

        await Store.RecordPollAsync(Poll(rekeyed), None);

        var edit = await ClaimAsync(Now);
        Assert.Equal((new OutboxEdit(77, EditReasons.Update), "a, now sharper"), (edit!.Edit, edit.Draft!.Title));
        Assert.Equal(1, (await Outbox.DepthByChannelAsync(None))[Channel]); // the edit, and no second post
    }

    [Fact]
    public async Task A_breaking_report_of_a_silent_posts_story_edits_in_the_red_mark_and_replies_with_sound()
    {
        var routine = GroupedPost("a", "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion", "reuters");
        await Store.RecordPollAsync(Poll(routine with { Draft = routine.Draft! with { Silent = true } }), None);
        await Outbox.MarkSentAsync((await ClaimAsync(Now))!.Id, 77, Now, null, None);
        var breaking = GroupedPost("b", "BREAKING: Men's Wearhouse agrees to buy rival Jos. A. Bank", "bbc", minutes: 3);

        await Store.RecordPollAsync(Poll(breaking with { Post = breaking.Post with { IsBreaking = true } }), None);

        var notice = await ClaimAsync(Now);
        Assert.Equal((77L, true, false, ""), (notice!.ReplyTo, notice.Draft!.Breaking, notice.Draft.Silent, notice.Draft.Lead));
        await Outbox.MarkSentAsync(notice.Id, 78, Now, null, None);
        var edit = await ClaimAsync(Now);
        Assert.Equal((new OutboxEdit(77, EditReasons.Breaking), true), (edit!.Edit, edit.Draft!.Breaking));
    }

    private static PostRevision Revision(string key, string title) =>
        new(Channel, key, new PostDraft { Title = title, Link = $"https://example.com/{key}", Published = Now.AddMinutes(-10) }, Now.AddMinutes(-10),
            new PostUpdating(StoryUpdates.Edit, TimeSpan.FromHours(12)));

    private static PollRecord SeenAgain(params PostRevision[] revisions) => Poll() with { SeenAgain = revisions };

    private async Task<StoryTrace> TraceAsync(string key) => Assert.Single(await Store.TraceLinkAsync(Story(key).Link!, None));

    private Task<OutboxEntry?> ClaimAsync(DateTimeOffset now, string channel = Channel, string owner = "me") =>
        Outbox.ClaimNextAsync(channel, owner, now, Lease, Unlimited, None);

    private async Task<long?> MessageIdAsync(long id)
    {
        await using var connection = await _storage!.Database.OpenConnectionAsync(None);
        return await connection.ExecuteScalarAsync<long?>("SELECT message_id FROM outbox WHERE id = @id", new { id });
    }
}
