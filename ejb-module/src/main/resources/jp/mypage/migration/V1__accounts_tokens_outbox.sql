-- Accounts, their audit trail, one-time links, the mail outbox and training orders.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15. Ids come from sequences
-- (allocation size 50, as the entities declare). EclipseLink takes a sequence value as the LAST id
-- of its block of 50, so each sequence starts at 50, not 1.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE one_time_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE training_order_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                     BIGINT       NOT NULL,
    version                BIGINT       NOT NULL,
    account_type           VARCHAR(16)  NOT NULL,
    email                  VARCHAR(254) NOT NULL,
    password_hash          VARCHAR(255) NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    person_name            VARCHAR(100) NOT NULL,
    person_name_kana       VARCHAR(100) NOT NULL,
    organization_name      VARCHAR(200),
    organization_name_kana VARCHAR(100),
    department             VARCHAR(100),
    phone                  VARCHAR(20)  NOT NULL,
    postal_code            VARCHAR(8),
    address                VARCHAR(300),
    locale                 VARCHAR(16)  NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    email_confirmed_at     TIMESTAMP,
    failed_logins          INTEGER      NOT NULL,
    locked_until           TIMESTAMP,
    last_login_at          TIMESTAMP,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT ck_account_type CHECK (account_type IN ('PERSONAL', 'CORPORATE')),
    CONSTRAINT ck_account_status CHECK (status IN ('PENDING_VERIFICATION', 'PENDING_APPROVAL', 'ACTIVE', 'REJECTED', 'INVITED'))
);
-- One email may hold one personal and one corporate account; the email is stored normalised.
CREATE UNIQUE INDEX ux_account_type_email ON account (account_type, email);

CREATE TABLE account_event (
    id           BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    status_after VARCHAR(30)   NOT NULL,
    actor        VARCHAR(300)  NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    detail       VARCHAR(1000),
    CONSTRAINT pk_account_event PRIMARY KEY (id),
    CONSTRAINT fk_account_event_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_event_account ON account_event (account_id, occurred_at);

CREATE TABLE one_time_token (
    id         BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(30) NOT NULL,
    digest     CHAR(64)    NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP,
    revoked_at TIMESTAMP,
    CONSTRAINT pk_one_time_token PRIMARY KEY (id),
    CONSTRAINT fk_one_time_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE UNIQUE INDEX ux_one_time_token_digest ON one_time_token (digest);
CREATE INDEX ix_one_time_token_account ON one_time_token (account_id, purpose);

CREATE TABLE outbox_mail (
    id              BIGINT         NOT NULL,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    body            VARCHAR(10000) NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    delivered_at    TIMESTAMP,
    last_error      VARCHAR(1000),
    CONSTRAINT pk_outbox_mail PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);

CREATE TABLE training_order (
    id             BIGINT       NOT NULL,
    buyer_id       BIGINT       NOT NULL,
    training_title VARCHAR(200) NOT NULL,
    seats          INTEGER      NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    ordered_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_training_order PRIMARY KEY (id),
    CONSTRAINT fk_training_order_buyer FOREIGN KEY (buyer_id) REFERENCES account (id),
    CONSTRAINT ck_training_order_seats CHECK (seats > 0)
);
CREATE INDEX ix_training_order_buyer ON training_order (buyer_id, ordered_at);
