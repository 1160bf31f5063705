-- WebSub subscriptions, one per feed. callback_id is the unguessable last segment of the callback URL; secret signs
-- deliveries. pending is the mode ('subscribe' or 'unsubscribe') of a request awaiting the hub's verification, null
-- otherwise; lease_until (Unix ms) is null until a hub verified a subscription.
CREATE TABLE websub_subscription (
    callback_id  TEXT    NOT NULL PRIMARY KEY,
    feed         TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    hub          TEXT    NOT NULL,
    secret       TEXT    NOT NULL,
    pending      TEXT,
    requested_at INTEGER NOT NULL,
    lease_until  INTEGER,
    verified_at  INTEGER
);
CREATE INDEX websub_subscription_feed ON websub_subscription (feed);
