-- One reminder per session and enrolment, two working days before the session. The primary key makes "once" hold
-- even when two nodes run the reminder job at the same moment: the second insert of the same pair changes nothing.
CREATE TABLE training_session_reminder (
  session_id    BIGINT NOT NULL,
  enrolment_id  BIGINT NOT NULL,
  sent_at       DATETIME(3) NOT NULL,
  PRIMARY KEY (session_id, enrolment_id),
  CONSTRAINT fk_training_reminder_session FOREIGN KEY (session_id) REFERENCES training_session(id),
  CONSTRAINT fk_training_reminder_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolment(id)
) ENGINE=InnoDB;
