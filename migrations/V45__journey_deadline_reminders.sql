-- Which deadline reminders an applicant has been sent: one row per journey and reminder, so each goes once even when
-- two nodes run the job at the same moment (the primary key refuses the second), and staff can see which went.
CREATE TABLE journey_reminder (
  journey_id  BIGINT NOT NULL,
  reminder    VARCHAR(40) NOT NULL,
  deadline    DATE NOT NULL,
  sent_at     DATETIME(3) NOT NULL,
  PRIMARY KEY (journey_id, reminder),
  CONSTRAINT fk_journey_reminder_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id)
) ENGINE=InnoDB;
