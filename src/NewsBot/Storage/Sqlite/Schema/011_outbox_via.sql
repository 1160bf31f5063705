-- How a post's story reached the bot: 'push' (a WebSub delivery) or 'poll', for newsbot_publish_delay_seconds{via}.
-- Posts queued before this are polled ones.
ALTER TABLE outbox ADD COLUMN via text NOT NULL DEFAULT 'poll';
