-- WebSub subscriptions, one per feed. callback_id is the unguessable last segment of the callback URL; secret signs
-- deliveries. pending is the mode ('subscribe' or 'unsubscribe') of a request awaiting the hub's verification, null
-- otherwise; lease_until (Unix ms) is null until a hub verified a subscription. Any instance answers any callback.
CREATE TABLE websub_subscription (
    callback_id  text   NOT NULL PRIMARY KEY,
    feed         text   NOT NULL,
    topic        text   NOT NULL,
    hub          text   NOT NULL,
    secret       text   NOT NULL,
    pending      text,
    requested_at bigint NOT NULL,
    lease_until  bigint,
    verified_at  bigint
);
CREATE INDEX websub_subscription_feed ON websub_subscription (feed);
