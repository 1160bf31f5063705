-- A feed failing since failing_since (Unix ms; NULL while it works) for longer than its DisableAfter is disabled
-- (disabled_at) and probed slowly until a poll succeeds. Kept here so that a restart neither forgets nor re-announces it.
ALTER TABLE feed_state ADD COLUMN failing_since bigint;
ALTER TABLE feed_state ADD COLUMN disabled_at bigint;
