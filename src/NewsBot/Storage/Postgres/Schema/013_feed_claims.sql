-- The schedule of clustered mode (issue #15): one row per feed, due at next_poll_at (Unix ms), claimed in batches
-- by one instance at a time (claimed_by, until claimed_until, renewed while its poll runs), so that no feed is
-- polled twice at once and a dead instance's feeds are claimed again when its claims lapse. The Quartz shard jobs
-- claim the due feeds of their shard; schedule is the configured one as text, so that a reload that changes it
-- brings the next poll forward. Filled from the settings at start: existing tables are untouched.
CREATE TABLE feed_schedule (
    feed          text    NOT NULL PRIMARY KEY,
    shard         integer NOT NULL,
    schedule      text    NOT NULL,
    next_poll_at  bigint  NOT NULL,
    claimed_by    text,
    claimed_until bigint
);

CREATE INDEX feed_schedule_due ON feed_schedule (shard, next_poll_at);
