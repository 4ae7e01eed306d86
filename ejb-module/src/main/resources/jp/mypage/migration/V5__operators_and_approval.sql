-- Operators, the approval mode per account type with its change record, and what the account
-- application screen (アカウント申請管理) needs over 100,000 accounts.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE operator_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE approval_setting_change_seq START WITH 50 INCREMENT BY 50;

-- The people who sign in to the operator console. The email is stored normalised (lower case).
CREATE TABLE operator (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(300) NOT NULL,
    failed_logins INTEGER      NOT NULL,
    locked_until  TIMESTAMP,
    last_login_at TIMESTAMP,
    CONSTRAINT pk_operator PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_operator_email ON operator (email);

-- 自動承認 (AUTOMATIC) or 管理者承認 (MANUAL) per account type; one row per type, always.
CREATE TABLE approval_setting (
    account_type     VARCHAR(16)  NOT NULL,
    version          BIGINT       NOT NULL,
    approval_mode    VARCHAR(16)  NOT NULL,
    notify_operators BOOLEAN      NOT NULL,
    changed_at       TIMESTAMP    NOT NULL,
    changed_by       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_approval_setting PRIMARY KEY (account_type),
    CONSTRAINT ck_approval_setting_type CHECK (account_type IN ('PERSONAL', 'CORPORATE')),
    CONSTRAINT ck_approval_setting_mode CHECK (approval_mode IN ('AUTOMATIC', 'MANUAL'))
);
INSERT INTO approval_setting (account_type, version, approval_mode, notify_operators, changed_at, changed_by)
    VALUES ('PERSONAL', 1, 'AUTOMATIC', TRUE, CURRENT_TIMESTAMP, 'migration');
INSERT INTO approval_setting (account_type, version, approval_mode, notify_operators, changed_at, changed_by)
    VALUES ('CORPORATE', 1, 'AUTOMATIC', TRUE, CURRENT_TIMESTAMP, 'migration');

-- Every change of a setting: who, when, from what to what.
CREATE TABLE approval_setting_change (
    id           BIGINT       NOT NULL,
    account_type VARCHAR(16)  NOT NULL,
    old_mode     VARCHAR(16)  NOT NULL,
    new_mode     VARCHAR(16)  NOT NULL,
    old_notify   BOOLEAN      NOT NULL,
    new_notify   BOOLEAN      NOT NULL,
    changed_by   VARCHAR(300) NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_approval_setting_change PRIMARY KEY (id),
    CONSTRAINT ck_approval_setting_change_mode CHECK (old_mode IN ('AUTOMATIC', 'MANUAL') AND new_mode IN ('AUTOMATIC', 'MANUAL'))
);
CREATE INDEX ix_approval_setting_change_at ON approval_setting_change (changed_at);

-- When an operator approved or rejected an application (承認する / 承認しない).
ALTER TABLE account ADD COLUMN decided_at TIMESTAMP;

-- The application screen filters by status and type and sorts by sign-up time, newest first.
-- ix_account_status (status, created_at) comes from V4.
CREATE INDEX ix_account_type_status_created ON account (account_type, status, created_at);
CREATE INDEX ix_account_created ON account (created_at);
