-- When a feed may next be polled (Unix ms), when later than its next turn: backoff or a server's wish, kept here so
-- that every instance and a restart honour it.
ALTER TABLE feed_state ADD COLUMN poll_not_before INTEGER;
