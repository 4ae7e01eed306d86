-- 受講: what a seat's holder has done with it, the lessons of 動画配信 courses and each seat's
-- progress through them, attendance of live sessions, and 修了証.
--
-- A seat's learning state lives on the seat itself, so 受講履歴 (learner's and company's) is one
-- indexed query over seats. 期限切れ is not stored: it is "not completed and the access period is
-- over", evaluated at query time.

ALTER TABLE seat ADD COLUMN learning_status VARCHAR(16) DEFAULT 'NOT_STARTED' NOT NULL;
ALTER TABLE seat ADD COLUMN progress_percent INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE seat ADD COLUMN completed_at TIMESTAMP;
ALTER TABLE seat ADD COLUMN last_activity_at TIMESTAMP;
ALTER TABLE seat ADD COLUMN attendance_recorded_at TIMESTAMP;
ALTER TABLE seat ADD COLUMN attendance_recorded_by VARCHAR(300);
-- Reminders already sent for this seat (each at most once).
ALTER TABLE seat ADD COLUMN expiry_reminded_at TIMESTAMP;
ALTER TABLE seat ADD COLUMN session_reminded_at TIMESTAMP;
ALTER TABLE seat ADD CONSTRAINT ck_seat_learning_status
    CHECK (learning_status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'ABSENT'));
ALTER TABLE seat ADD CONSTRAINT ck_seat_progress CHECK (progress_percent BETWEEN 0 AND 100);
CREATE INDEX ix_seat_learner_completed ON seat (learner_id, completed_at);

-- A learner shares the trainings they bought themself with the company they are linked to only
-- when they say so (登録情報設定); NULL means not shared, the default.
ALTER TABLE account ADD COLUMN history_shared_at TIMESTAMP;

-- The weekly digest of linked learners' incomplete seats, a switch in 連携の設定 (off by default).
ALTER TABLE corporate_link_policy ADD COLUMN weekly_digest BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE corporate_link_policy ADD COLUMN digest_sent_at TIMESTAMP;

-- The lessons of a 動画配信 course, in order: a video or a PDF uploaded by an operator. The file
-- lives in the content folder (CONTENT_DIR) under storage_key; removing a lesson keeps its row (and
-- the learners' progress) with removed_at set, and deletes the file.
CREATE SEQUENCE lesson_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lesson (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    course_id        BIGINT       NOT NULL,
    position         INTEGER      NOT NULL,
    title            VARCHAR(200) NOT NULL,
    kind             VARCHAR(8)   NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    storage_key      VARCHAR(100) NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(300) NOT NULL,
    removed_at       TIMESTAMP,
    CONSTRAINT pk_lesson PRIMARY KEY (id),
    CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_lesson_kind CHECK (kind IN ('VIDEO', 'PDF')),
    CONSTRAINT ck_lesson_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_lesson_course ON lesson (course_id, position);
CREATE UNIQUE INDEX ux_lesson_storage_key ON lesson (storage_key);

-- One seat's progress through one lesson. watched holds 100 characters, '1' for each hundredth of
-- the video that was played (a PDF is all '1' once read); resume_seconds is where the player
-- resumes.
CREATE SEQUENCE lesson_progress_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lesson_progress (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    seat_id          BIGINT       NOT NULL,
    lesson_id        BIGINT       NOT NULL,
    watched          VARCHAR(100) NOT NULL,
    percent          INTEGER      NOT NULL,
    resume_seconds   INTEGER      NOT NULL,
    duration_seconds INTEGER,
    completed_at     TIMESTAMP,
    updated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_lesson_progress PRIMARY KEY (id),
    CONSTRAINT fk_lesson_progress_seat FOREIGN KEY (seat_id) REFERENCES seat (id),
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT ck_lesson_progress_percent CHECK (percent BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX ux_lesson_progress ON lesson_progress (seat_id, lesson_id);

-- 修了証: one per completed seat. The learner's name and the course title are those printed on it.
-- revoked_at is set when an operator corrects an attendance to 欠席 after issue.
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate (
    id                 BIGINT       NOT NULL,
    seat_id            BIGINT       NOT NULL,
    certificate_number VARCHAR(20)  NOT NULL,
    verification_code  VARCHAR(32)  NOT NULL,
    learner_name       VARCHAR(100) NOT NULL,
    course_title       VARCHAR(200) NOT NULL,
    completed_on       DATE         NOT NULL,
    issued_at          TIMESTAMP    NOT NULL,
    revoked_at         TIMESTAMP,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    CONSTRAINT fk_certificate_seat FOREIGN KEY (seat_id) REFERENCES seat (id)
);
CREATE UNIQUE INDEX ux_certificate_seat ON certificate (seat_id);
CREATE UNIQUE INDEX ux_certificate_number ON certificate (certificate_number);
CREATE UNIQUE INDEX ux_certificate_code ON certificate (verification_code);
