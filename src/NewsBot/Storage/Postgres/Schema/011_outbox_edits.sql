-- The edits of a post, found by the post they edit: the status page shows each post as last edited, and grouping
-- looks up a post's pending and last edits on every credit.
CREATE INDEX outbox_edits ON outbox (edit_of, id) WHERE kind = 'edit';
