-- The publisher asks once a round which channels have a queued post that is due (OutboxSql's DueChannels): only the
-- queued rows, which are few, instead of every channel's head each round.
CREATE INDEX outbox_due ON outbox (not_before, channel) WHERE status = 'queued';
