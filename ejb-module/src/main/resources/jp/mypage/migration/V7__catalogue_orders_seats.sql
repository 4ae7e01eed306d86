-- The catalogue (研修管理) and what is bought: courses, their cancellation tiers and sessions;
-- orders (お申込み) with their seats and the record of every seat change. The training_order of V1
-- was never written (nothing could place an order), so it is replaced, not altered.
-- Money is NUMERIC in whole yen. Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seat_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seat_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id          BIGINT         NOT NULL,
    version     BIGINT         NOT NULL,
    code        VARCHAR(32)    NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    description VARCHAR(4000)  NOT NULL,
    delivery    VARCHAR(16)    NOT NULL,
    price       NUMERIC(12, 0) NOT NULL,
    tax_rate    INTEGER        NOT NULL,
    access_days INTEGER,
    -- 公開 since; NULL while not published.
    published_at TIMESTAMP,
    created_at  TIMESTAMP      NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT ck_course_delivery CHECK (delivery IN ('IN_PERSON', 'ONLINE', 'E_LEARNING')),
    CONSTRAINT ck_course_price CHECK (price >= 0),
    CONSTRAINT ck_course_tax_rate CHECK (tax_rate IN (8, 10)),
    CONSTRAINT ck_course_access_days CHECK ((delivery = 'E_LEARNING') = (access_days IS NOT NULL))
);
CREATE UNIQUE INDEX ux_course_code ON course (code);

CREATE TABLE course_cancellation_tier (
    course_id   BIGINT  NOT NULL,
    days_before INTEGER NOT NULL,
    fee_percent INTEGER NOT NULL,
    CONSTRAINT pk_course_cancellation_tier PRIMARY KEY (course_id, days_before),
    CONSTRAINT fk_course_cancellation_tier_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_cancellation_tier_fee CHECK (fee_percent BETWEEN 0 AND 100)
);

CREATE TABLE course_session (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    course_id     BIGINT        NOT NULL,
    starts_at     TIMESTAMP     NOT NULL,
    ends_at       TIMESTAMP     NOT NULL,
    deadline      TIMESTAMP     NOT NULL,
    venue         VARCHAR(200),
    meeting_url   VARCHAR(500),
    capacity      INTEGER       NOT NULL,
    seats_taken   INTEGER       NOT NULL,
    published_at  TIMESTAMP,
    status        VARCHAR(16)   NOT NULL,
    cancelled_at  TIMESTAMP,
    cancel_reason VARCHAR(1000),
    CONSTRAINT pk_course_session PRIMARY KEY (id),
    CONSTRAINT fk_course_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    -- The last guard against overbooking: the application's conditional UPDATE never gets here.
    CONSTRAINT ck_course_session_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity)
);
CREATE INDEX ix_course_session_course ON course_session (course_id, starts_at);
CREATE INDEX ix_course_session_open ON course_session (status, starts_at);

DROP TABLE training_order;
CREATE TABLE training_order (
    id                  BIGINT         NOT NULL,
    version             BIGINT         NOT NULL,
    order_number        VARCHAR(20)    NOT NULL,
    request_key         VARCHAR(64)    NOT NULL,
    buyer_id            BIGINT         NOT NULL,
    course_id           BIGINT         NOT NULL,
    session_id          BIGINT,
    course_title        VARCHAR(200)   NOT NULL,
    delivery            VARCHAR(16)    NOT NULL,
    unit_price          NUMERIC(12, 0) NOT NULL,
    tax_rate            INTEGER        NOT NULL,
    access_days         INTEGER,
    seat_count          INTEGER        NOT NULL,
    net_amount          NUMERIC(14, 0) NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    payment_method      VARCHAR(16)    NOT NULL,
    payment_status      VARCHAR(16)    NOT NULL,
    paid_at             TIMESTAMP,
    payment_recorded_by VARCHAR(300),
    ordered_at          TIMESTAMP      NOT NULL,
    cancelled_at        TIMESTAMP,
    cancelled_by        VARCHAR(300),
    cancel_reason       VARCHAR(1000),
    CONSTRAINT pk_training_order PRIMARY KEY (id),
    CONSTRAINT fk_training_order_buyer FOREIGN KEY (buyer_id) REFERENCES account (id),
    CONSTRAINT fk_training_order_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_training_order_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT ck_training_order_seats CHECK (seat_count > 0),
    CONSTRAINT ck_training_order_status CHECK (status IN ('APPLIED', 'CANCELLED', 'SESSION_CANCELLED')),
    CONSTRAINT ck_training_order_payment CHECK (payment_status IN ('UNPAID', 'PAID', 'NOTHING_DUE'))
);
CREATE UNIQUE INDEX ux_training_order_number ON training_order (order_number);
-- One order per application page: a double submit finds the first order.
CREATE UNIQUE INDEX ux_training_order_request ON training_order (buyer_id, request_key);
CREATE INDEX ix_training_order_buyer ON training_order (buyer_id, ordered_at);
CREATE INDEX ix_training_order_ordered ON training_order (ordered_at);
CREATE INDEX ix_training_order_session ON training_order (session_id);

CREATE TABLE seat (
    id             BIGINT         NOT NULL,
    version        BIGINT         NOT NULL,
    order_id       BIGINT         NOT NULL,
    learner_id     BIGINT,
    status         VARCHAR(16)    NOT NULL,
    assigned_at    TIMESTAMP,
    access_ends_at TIMESTAMP,
    first_used_at  TIMESTAMP,
    charge         NUMERIC(12, 0) NOT NULL,
    fee_percent    INTEGER,
    cancelled_at   TIMESTAMP,
    CONSTRAINT pk_seat PRIMARY KEY (id),
    CONSTRAINT fk_seat_order FOREIGN KEY (order_id) REFERENCES training_order (id),
    CONSTRAINT fk_seat_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT ck_seat_status CHECK (status IN ('ACTIVE', 'CANCELLED', 'RELEASED'))
);
CREATE INDEX ix_seat_order ON seat (order_id);
CREATE INDEX ix_seat_learner ON seat (learner_id, status);

CREATE TABLE seat_change (
    id              BIGINT       NOT NULL,
    seat_id         BIGINT       NOT NULL,
    change_type     VARCHAR(30)  NOT NULL,
    from_learner_id BIGINT,
    to_learner_id   BIGINT,
    actor           VARCHAR(300) NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_seat_change PRIMARY KEY (id),
    CONSTRAINT fk_seat_change_seat FOREIGN KEY (seat_id) REFERENCES seat (id)
);
CREATE INDEX ix_seat_change_seat ON seat_change (seat_id, occurred_at);
