-- 办公电话: the office telephone of a staff member, shown to parties on the portal for the clerk of their case
-- (issue 15). Optional: imported from the staff file's office_phone column when it has one.
ALTER TABLE organization.staff ADD COLUMN office_phone text;
