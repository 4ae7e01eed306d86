-- Several nodes on one database (the Payara Micro cluster). Portable SQL for H2 2.x and PostgreSQL 15.

-- An account list waiting between its preview and its commit. It lives here, not in the operator's
-- view state, which every node of a cluster would copy on every request; and any node can commit it.
CREATE SEQUENCE account_list_upload_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_list_upload (
    id          BIGINT       NOT NULL,
    operator    VARCHAR(300) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_account_list_upload PRIMARY KEY (id)
);
CREATE INDEX ix_account_list_upload_at ON account_list_upload (uploaded_at);

-- The last moment the node running an import showed it was alive (each committed batch). An import
-- running without a sign of life for long is ended as interrupted by whichever node notices; the
-- imports of living nodes are left alone.
ALTER TABLE account_import ADD COLUMN heartbeat_at TIMESTAMP;
UPDATE account_import SET heartbeat_at = COALESCE(finished_at, created_at);
ALTER TABLE account_import ALTER COLUMN heartbeat_at SET NOT NULL;
CREATE INDEX ix_account_import_running ON account_import (status, heartbeat_at);

-- One row per start-up task that must run on one node at a time when several start together: a node
-- locks its row (SELECT … FOR UPDATE) for the task's transaction, the others wait and then find the
-- work done.
CREATE TABLE startup_lock (
    name VARCHAR(50) NOT NULL,
    CONSTRAINT pk_startup_lock PRIMARY KEY (name)
);
INSERT INTO startup_lock (name) VALUES ('first-operator');
