-- The last polls of each feed, for the status page's feed detail (result, bytes, duration, new stories); bounded:
-- each insert keeps a feed's newest rows only. Times are Unix milliseconds.
CREATE TABLE poll_history (
    id          bigserial PRIMARY KEY,
    feed        text    NOT NULL,
    polled_at   bigint  NOT NULL,
    result      text    NOT NULL,
    error       text,
    bytes       bigint  NOT NULL,
    duration_ms bigint  NOT NULL,
    new_stories integer NOT NULL
);

CREATE INDEX poll_history_feed ON poll_history (feed, id);
