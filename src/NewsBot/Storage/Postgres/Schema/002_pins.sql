-- Breaking posts pinned for a set time, unpinned when unpin_at (Unix ms) passes.
CREATE TABLE pinned_post (
    channel    TEXT    NOT NULL,
    message_id BIGINT NOT NULL,
    unpin_at   BIGINT NOT NULL,
    PRIMARY KEY (channel, message_id)
);
