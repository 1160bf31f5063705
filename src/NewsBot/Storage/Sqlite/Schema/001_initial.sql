-- Times are Unix milliseconds (UTC).

CREATE TABLE feed_state (
    feed                 TEXT    NOT NULL PRIMARY KEY,
    etag                 TEXT,
    last_modified        TEXT,
    body_hash            TEXT,
    baseline_done        INTEGER NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    last_polled_at       INTEGER,
    last_success_at      INTEGER
);

-- "Seen" is per feed: guids are only unique inside their feed.
CREATE TABLE seen_story (
    feed          TEXT    NOT NULL,
    story_key     TEXT    NOT NULL,
    first_seen_at INTEGER NOT NULL,
    published_at  INTEGER NOT NULL,
    title         TEXT    NOT NULL,
    link          TEXT,
    PRIMARY KEY (feed, story_key)
);

-- The outbox: a post is written here before it is sent. "Posted" is per (channel, story), so a story that two
-- feeds carry to one channel is claimed once, and message_id is kept so that a post can be edited later.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL,
    story_key       TEXT    NOT NULL,
    feed            TEXT    NOT NULL,
    priority        INTEGER NOT NULL DEFAULT 0,
    payload         TEXT    NOT NULL,
    published_at    INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'queued',
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      INTEGER NOT NULL DEFAULT 0,
    lease_owner     TEXT,
    lease_until     INTEGER,
    last_error      TEXT,
    message_id      INTEGER,
    sent_at         INTEGER,
    UNIQUE (channel, story_key)
);

CREATE INDEX outbox_queue ON outbox (channel, status, priority DESC, id);
