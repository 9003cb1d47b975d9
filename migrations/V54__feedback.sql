-- Feedback after an information event or a preparation course (issue 16). Anonymous by design: the invitation says
-- who was asked (so each person is asked once, even with two nodes), the link's row says only what it is about, and
-- a response says only what it is about, the rating, the comment and the day. Nothing joins a response to a person:
-- links expire together (45 days after the event or course), so not even their times tell them apart.
CREATE TABLE feedback_invitation (
  kind         VARCHAR(10) NOT NULL,   -- EVENT (an event booking) or COURSE (a training enrolment)
  subject_id   BIGINT NOT NULL,        -- the event or course
  attendee_id  BIGINT NOT NULL,        -- the booking or enrolment
  sent_on      DATE NOT NULL,
  PRIMARY KEY (kind, subject_id, attendee_id)
) ENGINE=InnoDB;

CREATE TABLE feedback_link (
  token_hash   CHAR(64) PRIMARY KEY,
  kind         VARCHAR(10) NOT NULL,
  subject_id   BIGINT NOT NULL,
  expires_at   DATETIME(3) NOT NULL,
  used         BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB;

CREATE TABLE feedback_response (
  id           BIGINT PRIMARY KEY AUTO_INCREMENT,
  kind         VARCHAR(10) NOT NULL,
  subject_id   BIGINT NOT NULL,
  rating       TINYINT NOT NULL,
  comment      VARCHAR(1000) NULL,
  received_on  DATE NOT NULL,
  KEY ix_feedback_response_subject (kind, subject_id),
  CONSTRAINT ck_feedback_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE=InnoDB;
