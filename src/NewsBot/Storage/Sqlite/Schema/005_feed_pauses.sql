-- Feeds an admin paused with /pause, since paused_at (Unix ms), kept here so that a pause holds across restarts.
-- The row of the empty name is /pause without a name: every feed, including feeds added later (feed names are never empty).
CREATE TABLE feed_pause (
    feed      TEXT    NOT NULL PRIMARY KEY,
    paused_at INTEGER NOT NULL
);
