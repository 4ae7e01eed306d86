-- 受講履歴 of a company: the seats of its orders are counted and the first page chosen from this
-- index alone (order, status, learner, the access end that orders and filters 動画配信 seats, the
-- id that breaks ties), without reading a seat's row; the 20 rows of a page are then read by id.
CREATE INDEX ix_seat_order_history ON seat (order_id, status, learner_id, access_ends_at, id);
