-- 法人ID連携: links from learners (personal accounts) to corporate accounts. A learner has at most
-- one link with ended_at NULL; the service guarantees it under a lock on the learner's account row.
-- Ended links stay as history.

CREATE SEQUENCE corporate_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE corporate_link (
    id           BIGINT    NOT NULL,
    learner_id   BIGINT    NOT NULL,
    corporate_id BIGINT    NOT NULL,
    linked_at    TIMESTAMP NOT NULL,
    ended_at     TIMESTAMP,
    CONSTRAINT pk_corporate_link PRIMARY KEY (id),
    CONSTRAINT fk_corporate_link_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT fk_corporate_link_corporate FOREIGN KEY (corporate_id) REFERENCES account (id)
);
CREATE INDEX ix_corporate_link_learner ON corporate_link (learner_id, ended_at);
CREATE INDEX ix_corporate_link_corporate ON corporate_link (corporate_id, ended_at, linked_at);
