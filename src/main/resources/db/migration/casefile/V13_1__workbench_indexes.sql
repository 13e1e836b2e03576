-- Workbench lists (issue 11): "newly assigned to me" reads a person's recent assignments by staff and time.
CREATE INDEX IF NOT EXISTS assignment_staff_at_idx ON casefile.assignment (staff_id, at);
