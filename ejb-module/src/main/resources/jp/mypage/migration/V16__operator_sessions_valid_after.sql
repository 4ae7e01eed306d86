-- Sessions of an operator that began before this moment do not count (set at 停止: a session that made
-- no request while the operator was stopped does not come back at 再開).
ALTER TABLE operator ADD COLUMN sessions_valid_after TIMESTAMP;
