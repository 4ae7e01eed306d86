-- Sessions of an account count only if they began (or were renewed) at or after this moment.
-- A password change, a password reset and 他の端末からログアウト set it; every request checks it
-- against this row, so a session ends on every node of a cluster. Null: no session ended yet.
ALTER TABLE account ADD COLUMN sessions_valid_after TIMESTAMP;
