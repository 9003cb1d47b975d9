-- Management information at a million enquiries (issue 13, ADR 44): the funnel, the sources and the diversity tables
-- read one row per enquiry from here instead of joining every enquiry of the period to its journey, its events, its
-- bookings and its equality answers (seconds at 1M enquiries). Each row is a copy of what the raw records say of its
-- enquiry, written again by core.reports.EnquiryProgress in the same transaction as every write that changes them
-- (the enquiry sent, a journey moved, attendance marked, a booking removed); ReportProgressTest proves it equal to the
-- raw records. A removed enquiry takes its row with it.
CREATE TABLE enquiry_progress (
  enquiry_id           BIGINT PRIMARY KEY,
  borough_id           BIGINT NOT NULL,
  submitted_at         DATETIME(3) NOT NULL,
  heard_about          VARCHAR(40) NOT NULL,
  ethnicity            VARCHAR(60) NULL,
  religion             VARCHAR(60) NULL,
  sexual_orientation   VARCHAR(60) NULL,
  disability           VARCHAR(60) NULL,
  -- each step of the funnel reached so far (docs/reports.md)
  attended             BOOLEAN NOT NULL,
  registered           BOOLEAN NOT NULL,
  stage_one_started    BOOLEAN NOT NULL,
  stage_one_completed  BOOLEAN NOT NULL,
  stage_two_started    BOOLEAN NOT NULL,
  panel                BOOLEAN NOT NULL,
  approved             BOOLEAN NOT NULL,
  -- the period's rows, covering both the funnel's and the diversity's columns: one range read of an index
  KEY ix_enquiry_progress_period (submitted_at, borough_id, heard_about, attended, registered, stage_one_started,
    stage_one_completed, stage_two_started, panel, approved, ethnicity, religion, sexual_orientation, disability),
  CONSTRAINT fk_enquiry_progress_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry(id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The rows of the enquiries already made: the same reading of the raw records as EnquiryProgress.RAW.
INSERT INTO enquiry_progress (enquiry_id, borough_id, submitted_at, heard_about, ethnicity, religion,
    sexual_orientation, disability, attended, registered, stage_one_started, stage_one_completed, stage_two_started,
    panel, approved)
SELECT e.id, e.borough_id, e.submitted_at, e.heard_about, q.ethnicity, q.religion, q.sexual_orientation, q.disability,
       EXISTS(SELECT 1 FROM event_booking b WHERE b.enquiry_id = e.id AND b.attendance = 'ATTENDED'),
       COALESCE(MAX(v.event = 'SUBMIT_REGISTRATION'), FALSE),
       COALESCE(MAX(v.event = 'ACCEPT_REGISTRATION'), FALSE),
       COALESCE(MAX(v.event = 'COMPLETE_STAGE_ONE'), FALSE),
       COALESCE(MAX(v.event IN ('START_STAGE_TWO', 'FAST_TRACK')), FALSE),
       COALESCE(MAX(v.event = 'SUBMIT_TO_PANEL'), FALSE),
       COALESCE(MAX(v.event = 'APPROVE'), FALSE)
FROM enquiry e
LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id
LEFT JOIN adopter_journey j ON j.enquiry_id = e.id
LEFT JOIN journey_event v ON v.journey_id = j.id
GROUP BY e.id, e.borough_id, e.submitted_at, e.heard_about, q.ethnicity, q.religion, q.sexual_orientation,
         q.disability;

-- Timeliness: the enquiries first answered in the period, with the item's start and subject, from the index alone.
DROP INDEX ix_work_first_response ON work_item;
CREATE INDEX ix_work_first_response ON work_item (kind, first_response_at, subject_type, subject_id, created_at);
