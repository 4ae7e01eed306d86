-- 受講履歴 of a company: the seat carries its order's buyer (set when the seat is created, never
-- changed; an order's buyer never changes either), so that a company's seats are counted and the
-- first page chosen from one index of seat alone, without joining its orders.
ALTER TABLE seat ADD COLUMN buyer_id BIGINT;
UPDATE seat SET buyer_id = (SELECT o.buyer_id FROM training_order o WHERE o.id = seat.order_id);
ALTER TABLE seat ALTER COLUMN buyer_id SET NOT NULL;
ALTER TABLE seat ADD CONSTRAINT fk_seat_buyer FOREIGN KEY (buyer_id) REFERENCES account (id);
-- buyer, status, learner (named seats only), then what the count's filters and the keys read:
-- the 状態 with the access end that makes it 期限切れ, and the id that breaks ties.
CREATE INDEX ix_seat_buyer_history ON seat (buyer_id, status, learner_id, learning_status, access_ends_at, id);
-- The date 受講履歴 shows and sorts by, kept with the seat: the session's start, or the access end
-- of a 動画配信 seat. A company's first page (newest first) is then the first rows of one index
-- instead of a sort of all its seats joined to their sessions.
ALTER TABLE seat ADD COLUMN schedule_at TIMESTAMP;
UPDATE seat SET schedule_at = COALESCE((SELECT cs.starts_at FROM training_order o JOIN course_session cs
    ON cs.id = o.session_id WHERE o.id = seat.order_id), access_ends_at);
CREATE INDEX ix_seat_buyer_schedule ON seat (buyer_id, status, schedule_at, id, learner_id);
