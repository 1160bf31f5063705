-- One story, one post (issue 12). An outbox row is a post to send (kind 'send', every row so far) or an edit of the
-- message another row sent (kind 'edit', edit_of = that row's id): credits for later reports of its story.
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'send';
ALTER TABLE outbox ADD COLUMN edit_of INTEGER;

-- Each report grouped in a channel, once: group_key is the story_key of the post it is in (its own key when it
-- opened that post). The opener's row keeps its post as first queued (post_payload), so the credits can be rebuilt
-- from it and every later report. Polls of one channel decide under one lock, so instances agree.
CREATE TABLE story_group (
    channel      TEXT    NOT NULL,
    story_key    TEXT    NOT NULL,
    group_key    TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    lead         TEXT,
    link         TEXT,
    published_at INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    post_payload TEXT,
    PRIMARY KEY (channel, story_key)
);

CREATE INDEX story_group_recent ON story_group (channel, published_at);
