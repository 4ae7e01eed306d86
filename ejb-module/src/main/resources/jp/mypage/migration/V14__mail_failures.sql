-- 配信エラー: operators see the mails that gave up (which kind of mail, when it was last tried) and
-- send them again. Older rows have neither value; the console shows them without a kind and with the
-- time their last attempt was due.

ALTER TABLE outbox_mail ADD COLUMN kind VARCHAR(40);
ALTER TABLE outbox_mail ADD COLUMN last_attempt_at TIMESTAMP;
