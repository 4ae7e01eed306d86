-- Mails queued by the thousand (an account list import's invitations) are marked bulk and leave
-- after every other due mail, so a confirmation or reset link is never stuck behind them.

ALTER TABLE outbox_mail ADD COLUMN bulk BOOLEAN DEFAULT FALSE NOT NULL;
DROP INDEX ix_outbox_mail_due;
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, bulk, next_attempt_at);
