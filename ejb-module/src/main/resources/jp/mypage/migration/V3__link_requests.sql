-- Link requests (確認してから承認) and each company's link policy. A link now has a status:
-- REQUESTED waits for the company, ACTIVE is a link, DECLINED / WITHDRAWN close a request and
-- ENDED closes a link. A learner has at most one ACTIVE and at most one REQUESTED row at a time;
-- the service guarantees it under a lock on the learner's account row.

ALTER TABLE corporate_link ADD COLUMN status VARCHAR(16);
ALTER TABLE corporate_link ADD COLUMN requested_at TIMESTAMP;
ALTER TABLE corporate_link ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE corporate_link ADD COLUMN ended_by VARCHAR(16);
UPDATE corporate_link
   SET status = CASE WHEN ended_at IS NULL THEN 'ACTIVE' ELSE 'ENDED' END,
       requested_at = linked_at,
       ended_by = CASE WHEN ended_at IS NULL THEN NULL ELSE 'LEARNER' END;
ALTER TABLE corporate_link ALTER COLUMN status SET NOT NULL;
ALTER TABLE corporate_link ALTER COLUMN requested_at SET NOT NULL;
ALTER TABLE corporate_link ALTER COLUMN linked_at DROP NOT NULL;
ALTER TABLE corporate_link ADD CONSTRAINT ck_corporate_link_status
    CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'WITHDRAWN', 'ENDED'));
ALTER TABLE corporate_link ADD CONSTRAINT ck_corporate_link_ended_by
    CHECK (ended_by IS NULL OR ended_by IN ('LEARNER', 'CORPORATE'));

DROP INDEX ix_corporate_link_learner;
DROP INDEX ix_corporate_link_corporate;
CREATE INDEX ix_corporate_link_learner ON corporate_link (learner_id, status);
CREATE INDEX ix_corporate_link_corporate ON corporate_link (corporate_id, status, linked_at);

-- 自動で承認 (AUTOMATIC, the default when a company has no row) or 確認してから承認 (MANUAL), and
-- whether the company is mailed about new links and requests.
CREATE TABLE corporate_link_policy (
    corporate_id BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    approval     VARCHAR(16) NOT NULL,
    notify       BOOLEAN     NOT NULL,
    changed_at   TIMESTAMP   NOT NULL,
    CONSTRAINT pk_corporate_link_policy PRIMARY KEY (corporate_id),
    CONSTRAINT fk_corporate_link_policy_corporate FOREIGN KEY (corporate_id) REFERENCES account (id),
    CONSTRAINT ck_corporate_link_policy_approval CHECK (approval IN ('AUTOMATIC', 'MANUAL'))
);
