-- How each enquiry was made (V57's enquiry.method: ONLINE for the public form, PHONE, EMAIL, EVENT or IN_PERSON when
-- staff key one in) beside where the person heard about us, in the summary row the sources tables read (ADR 44,
-- ADR 57). core.reports.EnquiryProgress writes it from the enquiry like every other column; EnquiryProgressTest proves
-- the rows equal to the raw records. The period index gains it so the funnel and sources stay one index range read.
-- The codes (source, method, equality answers) are ASCII words from fixed lists: held as ascii_bin they make a smaller
-- index and a cheaper GROUP BY than utf8mb4's collation rules (diversity for a year of the region at 1M enquiries:
-- about 130 -> 50 ms; bench/results/2026-12-03-*-reports.md).
ALTER TABLE enquiry_progress
  ADD COLUMN method VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'ONLINE' AFTER heard_about,
  MODIFY heard_about VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  MODIFY ethnicity VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY religion VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY sexual_orientation VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY disability VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NULL,
  DROP INDEX ix_enquiry_progress_period,
  ADD KEY ix_enquiry_progress_period (submitted_at, borough_id, heard_about, method, attended, registered,
    stage_one_started, stage_one_completed, stage_two_started, panel, approved, ethnicity, religion,
    sexual_orientation, disability);

-- The rows of the enquiries already made: every one is ONLINE unless staff keyed it in.
UPDATE enquiry_progress p JOIN enquiry e ON e.id = p.enquiry_id SET p.method = e.method WHERE e.method <> 'ONLINE';

-- "Overdue now" (Timeliness.overdue): the enquiry items never answered and open, started by a cut-off day, read from
-- this index alone (it was one row read per open item); the clocks that ended in a period still read its start.
DROP INDEX ix_work_first_response ON work_item;
CREATE INDEX ix_work_first_response ON work_item (kind, first_response_at, subject_type, subject_id, created_at, is_open,
  team_id);
