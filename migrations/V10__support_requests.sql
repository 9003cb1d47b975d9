-- Adoption support requests from the public: the draft while being filled in, the request, and the last
-- request sent from a browser session (for its confirmation page).
CREATE TABLE support_draft (
  session_id  CHAR(64) PRIMARY KEY,
  answers     TEXT NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  KEY ix_support_draft_updated (updated_at),
  CONSTRAINT fk_support_draft_session FOREIGN KEY (session_id) REFERENCES web_session(id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE support_request (
  id                      BIGINT PRIMARY KEY AUTO_INCREMENT,
  reference               VARCHAR(20) NOT NULL UNIQUE,
  submitted_at            DATETIME(3) NOT NULL,
  requester               VARCHAR(40) NOT NULL,
  requester_other         VARCHAR(200) NULL,
  full_name               VARCHAR(200) NOT NULL,
  email                   VARCHAR(320) NOT NULL,
  phone                   VARCHAR(40) NULL,
  safe_to_leave_message   BOOLEAN NOT NULL,
  safe_to_send_post       BOOLEAN NOT NULL,
  safe_contact_notes      VARCHAR(1000) NULL,
  child_first_name        VARCHAR(100) NOT NULL,
  child_born_on           DATE NOT NULL,
  placed_on               DATE NULL,
  adoption_order_on       DATE NULL,
  placing_borough_id      BIGINT NULL,
  placing_council_other   VARCHAR(200) NULL,
  lives_in_borough_id     BIGINT NULL,
  lives_in_council_other  VARCHAR(200) NULL,
  help                    VARCHAR(400) NOT NULL,
  help_other              VARCHAR(1000) NULL,
  urgency                 VARCHAR(20) NOT NULL,
  support_before          VARCHAR(4000) NULL,
  responsible_rule        VARCHAR(60) NOT NULL,
  outside_region          BOOLEAN NOT NULL,
  team_id                 BIGINT NOT NULL,
  privacy_version         VARCHAR(20) NOT NULL,
  consent_at              DATETIME(3) NOT NULL,
  KEY ix_support_email (email),
  KEY ix_support_submitted (submitted_at),
  CONSTRAINT fk_support_placing FOREIGN KEY (placing_borough_id) REFERENCES borough(id),
  CONSTRAINT fk_support_lives_in FOREIGN KEY (lives_in_borough_id) REFERENCES borough(id),
  CONSTRAINT fk_support_team FOREIGN KEY (team_id) REFERENCES team(id),
  CONSTRAINT ck_support_placing CHECK (placing_borough_id IS NOT NULL OR placing_council_other IS NOT NULL),
  CONSTRAINT ck_support_lives_in CHECK (lives_in_borough_id IS NOT NULL OR lives_in_council_other IS NOT NULL)
) ENGINE=InnoDB;

CREATE TABLE support_receipt (
  session_id          CHAR(64) PRIMARY KEY,
  support_request_id  BIGINT NOT NULL,
  reference           VARCHAR(20) NOT NULL,
  respond_by          DATE NOT NULL,
  created_at          DATETIME(3) NOT NULL,
  CONSTRAINT fk_support_receipt_session FOREIGN KEY (session_id) REFERENCES web_session(id) ON DELETE CASCADE,
  CONSTRAINT fk_support_receipt_request FOREIGN KEY (support_request_id) REFERENCES support_request(id)
) ENGINE=InnoDB;
