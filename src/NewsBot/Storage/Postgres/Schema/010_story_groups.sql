-- One story, one post (issue 12). An outbox row is a post to send (kind 'send', every row so far) or an edit of the
-- message another row sent (kind 'edit', edit_of = that row's id): credits for later reports of its story.
ALTER TABLE outbox ADD COLUMN kind text NOT NULL DEFAULT 'send';
ALTER TABLE outbox ADD COLUMN edit_of bigint;

-- Each report grouped in a channel, once: group_key is the story_key of the post it is in (its own key when it
-- opened that post). The opener's row keeps its post as first queued (post_payload), so the credits can be rebuilt
-- from it and every later report. Polls of one channel decide under one lock, so instances agree.
CREATE TABLE story_group (
    channel      text    NOT NULL,
    story_key    text    NOT NULL,
    group_key    text    NOT NULL,
    source       text    NOT NULL,
    title        text    NOT NULL,
    lead         text,
    link         text,
    published_at bigint NOT NULL,
    created_at   bigint NOT NULL,
    post_payload text,
    PRIMARY KEY (channel, story_key)
);

CREATE INDEX story_group_recent ON story_group (channel, published_at);
