-- Every instance counts a channel's recent sends before claiming its next post (the shared per-channel budget).
CREATE INDEX outbox_recent_sends ON outbox (channel, sent_at) WHERE sent_at IS NOT NULL;
