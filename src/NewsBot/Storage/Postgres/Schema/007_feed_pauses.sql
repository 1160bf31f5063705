-- Feeds an admin paused with /pause, since paused_at (Unix ms), kept here so that a pause holds across restarts and
-- on every instance. The row of the empty name is /pause without a name: every feed, including feeds added later
-- (feed names are never empty).
CREATE TABLE feed_pause (
    feed      text   NOT NULL PRIMARY KEY,
    paused_at bigint NOT NULL
);
