-- The last polls of each feed, for the status page's feed detail (result, bytes, duration, new stories); bounded:
-- each insert keeps a feed's newest rows only. Times are Unix milliseconds.
CREATE TABLE poll_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    feed        TEXT    NOT NULL,
    polled_at   INTEGER NOT NULL,
    result      TEXT    NOT NULL,
    error       TEXT,
    bytes       INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    new_stories INTEGER NOT NULL
);

CREATE INDEX poll_history_feed ON poll_history (feed, id);
