-- A review task's title and deadline may be changed by the office that set it, on the version it saw.
ALTER TABLE review.task ADD COLUMN version int NOT NULL DEFAULT 0;
