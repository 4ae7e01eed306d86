-- Per-source limits (jp.mypage.throttle): one Bucket4j token bucket per action and source address,
-- shared by every node of a cluster. state is Bucket4j's serialised bucket; a row is replaced only
-- if its state is still the one read (compare and swap). expires_at (epoch milliseconds) is when
-- the bucket would be full again, after which the row means nothing and is deleted.
CREATE TABLE throttle_bucket (
    id         VARCHAR(120) NOT NULL,
    state      BYTEA        NOT NULL,
    expires_at BIGINT       NOT NULL,
    CONSTRAINT pk_throttle_bucket PRIMARY KEY (id)
);
CREATE INDEX ix_throttle_bucket_expires ON throttle_bucket (expires_at);
