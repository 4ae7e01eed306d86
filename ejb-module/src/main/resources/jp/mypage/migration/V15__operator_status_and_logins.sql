-- 運営者 (issue 11, item 9): an operator can be stopped (停止) and started again (a stopped operator's
-- sessions end and logins are refused); an operator's mails are in the language of the console at
-- their last login; every console login whose password was checked is kept (ログイン記録).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15.

ALTER TABLE operator ADD COLUMN deactivated_at TIMESTAMP;
ALTER TABLE operator ADD COLUMN deactivated_by VARCHAR(300);
ALTER TABLE operator ADD COLUMN locale VARCHAR(16) DEFAULT 'ja' NOT NULL;

CREATE SEQUENCE operator_login_seq START WITH 50 INCREMENT BY 50;

-- email: as typed (normalised when it is an address, at most 254 characters), also for no operator;
-- source: the client address as ClientAddress tells it; outcome: SUCCEEDED, WRONG_PASSWORD,
-- UNKNOWN_EMAIL, LOCKED or DEACTIVATED.
CREATE TABLE operator_login (
    id           BIGINT       NOT NULL,
    attempted_at TIMESTAMP    NOT NULL,
    email        VARCHAR(254) NOT NULL,
    operator_id  BIGINT,
    source       VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_operator_login PRIMARY KEY (id),
    CONSTRAINT fk_operator_login_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);
CREATE INDEX ix_operator_login_at ON operator_login (attempted_at);
