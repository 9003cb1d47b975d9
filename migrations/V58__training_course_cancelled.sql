-- A whole preparation course can be cancelled (issue 15): kept, with who cancelled it and when, so its history and
-- the enrolments it had stay readable; a cancelled course takes no enrolments and is offered to no one.
ALTER TABLE training_course
  ADD COLUMN cancelled_at DATETIME(3) NULL,
  ADD COLUMN cancelled_by BIGINT NULL;
