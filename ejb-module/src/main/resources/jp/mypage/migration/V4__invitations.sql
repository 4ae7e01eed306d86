-- Operator-created accounts (招待): an invited account has no password until its holder accepts the
-- invitation, and an operator's account list (CSV) is imported as a run with one result per row.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15.

-- An INVITED account has no password yet; every other account has one.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_password CHECK (password_hash IS NOT NULL OR status = 'INVITED');
-- The operator's list of accounts waiting for their invitation to be accepted.
CREATE INDEX ix_account_status ON account (status, created_at);

CREATE SEQUENCE account_import_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_import_row_seq START WITH 50 INCREMENT BY 50;

-- One import run: the progress the operator's page polls. processed_rows = created + failed + skipped.
CREATE TABLE account_import (
    id             BIGINT       NOT NULL,
    operator       VARCHAR(300) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    finished_at    TIMESTAMP,
    total_rows     INTEGER      NOT NULL,
    processed_rows INTEGER      NOT NULL,
    created_count  INTEGER      NOT NULL,
    failed_count   INTEGER      NOT NULL,
    skipped_count  INTEGER      NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_account_import PRIMARY KEY (id),
    CONSTRAINT ck_account_import_status CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED', 'INTERRUPTED')),
    CONSTRAINT ck_account_import_counts CHECK (processed_rows = created_count + failed_count + skipped_count
        AND processed_rows <= total_rows)
);
CREATE INDEX ix_account_import_created ON account_import (created_at);

-- One row of an imported file and what became of it: the downloadable report, paged by row_no.
-- row_no counts as a spreadsheet does (the header is row 1).
CREATE TABLE account_import_row (
    id                BIGINT       NOT NULL,
    import_id         BIGINT       NOT NULL,
    row_no            INTEGER      NOT NULL,
    account_type      VARCHAR(16),
    email             VARCHAR(254),
    result            VARCHAR(16)  NOT NULL,
    problem           VARCHAR(30),
    problem_column    VARCHAR(30),
    problem_arguments VARCHAR(100),
    account_id        BIGINT,
    CONSTRAINT pk_account_import_row PRIMARY KEY (id),
    CONSTRAINT fk_account_import_row_import FOREIGN KEY (import_id) REFERENCES account_import (id),
    CONSTRAINT fk_account_import_row_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_import_row_result CHECK (result IN ('CREATED', 'FAILED', 'SKIPPED'))
);
CREATE INDEX ix_account_import_row_import ON account_import_row (import_id, row_no);
