-- The outbox grows up (issue 12). fields: the post's fields (PostDraft as JSON: headline, lead, link, source,
-- picture, breaking, credits, update time), rendered with the channel's layout when the row is sent; payload then
-- keeps the post as last rendered. A row without fields (queued before this script, or a digest) sends its payload
-- as it is. kind: 'send', 'edit' (of the message row edit_of sent) or 'reply' (a post replying to that message);
-- reason: why an edit or reply was queued (credits, update, breaking). edits_end on a sent post: 'gone' (deleted,
-- edits end) or 'closed' (Telegram no longer edits it: changes go out as replies).
ALTER TABLE outbox ADD COLUMN fields TEXT;
ALTER TABLE outbox ADD COLUMN reason TEXT;
ALTER TABLE outbox ADD COLUMN edits_end TEXT;

-- A poll compares its feed's recent posts with the stories it sees again.
CREATE INDEX outbox_feed_recent ON outbox (feed, created_at);

-- story_group.post_payload is no longer written: credits are a field of the post now.
