-- The SQLite schema's tables and columns in PostgreSQL's types. Times are Unix milliseconds (UTC).

CREATE TABLE feed_state (
    feed                 text    NOT NULL PRIMARY KEY,
    etag                 text,
    last_modified        text,
    body_hash            text,
    baseline_done        boolean NOT NULL DEFAULT false,
    consecutive_failures integer NOT NULL DEFAULT 0,
    last_error           text,
    last_polled_at       bigint,
    last_success_at      bigint
);

-- "Seen" is per feed: guids are only unique inside their feed.
CREATE TABLE seen_story (
    feed          text   NOT NULL,
    story_key     text   NOT NULL,
    first_seen_at bigint NOT NULL,
    published_at  bigint NOT NULL,
    title         text   NOT NULL,
    link          text,
    PRIMARY KEY (feed, story_key)
);

-- The outbox: a post is written here before it is sent. "Posted" is per (channel, story), so a story that two
-- feeds (or two instances) queue for one channel is claimed once, and message_id is kept so that a post can be
-- edited later.
CREATE TABLE outbox (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         text    NOT NULL,
    story_key       text    NOT NULL,
    feed            text    NOT NULL,
    priority        integer NOT NULL DEFAULT 0,
    payload         text    NOT NULL,
    published_at    bigint  NOT NULL,
    created_at      bigint  NOT NULL,
    status          text    NOT NULL DEFAULT 'queued',
    attempts        integer NOT NULL DEFAULT 0,
    not_before      bigint  NOT NULL DEFAULT 0,
    lease_owner     text,
    lease_until     bigint,
    last_error      text,
    message_id      bigint,
    sent_at         bigint,
    UNIQUE (channel, story_key)
);

-- Sent rows stay for later edits; the queue's head is found among the unsent only.
CREATE INDEX outbox_queue ON outbox (channel, priority DESC, id) WHERE status = 'queued';
