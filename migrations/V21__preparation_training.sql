-- Preparation training: courses of several sessions, each serving one stage of the journey. A person is enrolled on
-- one course at a time (active_applicant_id is set only while enrolled, and is unique); places_taken moves only by
-- conditional UPDATEs, so a course is never overbooked.
CREATE TABLE training_course (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  title         VARCHAR(200) NOT NULL,
  stage         VARCHAR(20) NOT NULL,
  capacity      INT NOT NULL,
  places_taken  INT NOT NULL DEFAULT 0,
  created_by    BIGINT NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  KEY ix_training_course_stage (stage),
  CONSTRAINT ck_training_course_places CHECK (places_taken >= 0 AND places_taken <= capacity)
) ENGINE=InnoDB;

CREATE TABLE training_session (
  id             BIGINT PRIMARY KEY AUTO_INCREMENT,
  course_id      BIGINT NOT NULL,
  starts_at      DATETIME(3) NOT NULL,
  ends_at        DATETIME(3) NOT NULL,
  venue_address  VARCHAR(500) NULL,
  joining_link   VARCHAR(500) NULL,
  KEY ix_training_session_course (course_id, starts_at),
  CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES training_course(id),
  CONSTRAINT ck_training_session_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB;

CREATE TABLE training_enrolment (
  id                   BIGINT PRIMARY KEY AUTO_INCREMENT,
  course_id            BIGINT NOT NULL,
  applicant_id         BIGINT NOT NULL,
  journey_id           BIGINT NOT NULL,
  status               VARCHAR(20) NOT NULL,
  active_applicant_id  BIGINT NULL UNIQUE,
  enrolled_at          DATETIME(3) NOT NULL,
  ended_at             DATETIME(3) NULL,
  completed_at         DATETIME(3) NULL,
  KEY ix_training_enrolment_course (course_id, status),
  CONSTRAINT fk_training_enrolment_course FOREIGN KEY (course_id) REFERENCES training_course(id),
  CONSTRAINT fk_training_enrolment_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id),
  CONSTRAINT fk_training_enrolment_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id)
) ENGINE=InnoDB;

CREATE TABLE training_attendance (
  enrolment_id  BIGINT NOT NULL,
  session_id    BIGINT NOT NULL,
  attendance    VARCHAR(20) NOT NULL,
  marked_by     BIGINT NOT NULL,
  marked_at     DATETIME(3) NOT NULL,
  PRIMARY KEY (enrolment_id, session_id),
  CONSTRAINT fk_training_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolment(id),
  CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_session(id)
) ENGINE=InnoDB;
