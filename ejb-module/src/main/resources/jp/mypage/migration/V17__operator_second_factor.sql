-- 2段階認証 of operators (issue 11, item 9): a TOTP secret (RFC 6238, enrolled at the first login after
-- this version), the time steps whose codes were used (a code is accepted once), and recovery codes
-- (kept as SHA-256 hashes: each is 80 random bits, shown once). Portable SQL: H2 2.x and PostgreSQL 15.

-- totp_secret: Base32, as the authenticator app was given it; null until enrolled (and after a reset).
ALTER TABLE operator ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE operator ADD COLUMN totp_enrolled_at TIMESTAMP;

-- attempt: the login that used the code (its second post, a double click, passes; no other login's does)
CREATE TABLE operator_used_code (
    operator_id BIGINT      NOT NULL,
    step        BIGINT      NOT NULL,
    attempt     VARCHAR(36) NOT NULL,
    CONSTRAINT pk_operator_used_code PRIMARY KEY (operator_id, step),
    CONSTRAINT fk_operator_used_code_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE SEQUENCE operator_recovery_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE operator_recovery_code (
    id          BIGINT      NOT NULL,
    operator_id BIGINT      NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT pk_operator_recovery_code PRIMARY KEY (id),
    CONSTRAINT uq_operator_recovery_code UNIQUE (operator_id, code_hash),
    CONSTRAINT fk_operator_recovery_code_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);
