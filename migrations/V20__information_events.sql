-- Information events (information evenings, drop-ins, online sessions), who booked them and who waits for a place.
-- places_taken is the one counter every booking moves with a conditional UPDATE, so the event is never overbooked;
-- the CHECK is the last line of defence.
CREATE TABLE info_event (
  id                 BIGINT PRIMARY KEY AUTO_INCREMENT,
  title              VARCHAR(200) NOT NULL,
  kind               VARCHAR(30) NOT NULL,
  spoke_id           BIGINT NOT NULL,
  place              VARCHAR(20) NOT NULL,
  venue_address      VARCHAR(500) NULL,
  joining_link       VARCHAR(500) NULL,
  starts_at          DATETIME(3) NOT NULL,
  ends_at            DATETIME(3) NOT NULL,
  capacity           INT NOT NULL,
  places_taken       INT NOT NULL DEFAULT 0,
  booking_opens_at   DATETIME(3) NOT NULL,
  booking_closes_at  DATETIME(3) NOT NULL,
  cancelled_at       DATETIME(3) NULL,
  created_by         BIGINT NOT NULL,
  created_at         DATETIME(3) NOT NULL,
  updated_at         DATETIME(3) NOT NULL,
  KEY ix_info_event_starts (starts_at),
  CONSTRAINT fk_info_event_spoke FOREIGN KEY (spoke_id) REFERENCES spoke(id),
  CONSTRAINT ck_info_event_places CHECK (places_taken >= 0 AND places_taken <= capacity),
  CONSTRAINT ck_info_event_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB;

-- A booking: up to two people attending.
CREATE TABLE event_booking (
  id                 BIGINT PRIMARY KEY AUTO_INCREMENT,
  event_id           BIGINT NOT NULL,
  reference          VARCHAR(20) NOT NULL UNIQUE,
  full_name          VARCHAR(200) NOT NULL,
  email              VARCHAR(320) NOT NULL,
  attending          INT NOT NULL,
  access_needs       VARCHAR(1000) NULL,
  applicant_id       BIGINT NULL,
  enquiry_id         BIGINT NULL,
  status             VARCHAR(20) NOT NULL,
  booked_at          DATETIME(3) NOT NULL,
  cancelled_at       DATETIME(3) NULL,
  reminded_at        DATETIME(3) NULL,
  attendance         VARCHAR(20) NULL,
  KEY ix_event_booking_event (event_id, status),
  KEY ix_event_booking_email (email),
  CONSTRAINT fk_event_booking_event FOREIGN KEY (event_id) REFERENCES info_event(id),
  CONSTRAINT fk_event_booking_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id),
  CONSTRAINT ck_event_booking_attending CHECK (attending IN (1, 2))
) ENGINE=InnoDB;

-- The waiting list of a full event, first come first served. An offer holds a place for a set time.
CREATE TABLE event_waiting (
  id                 BIGINT PRIMARY KEY AUTO_INCREMENT,
  event_id           BIGINT NOT NULL,
  full_name          VARCHAR(200) NOT NULL,
  email              VARCHAR(320) NOT NULL,
  attending          INT NOT NULL,
  access_needs       VARCHAR(1000) NULL,
  applicant_id       BIGINT NULL,
  enquiry_id         BIGINT NULL,
  status             VARCHAR(20) NOT NULL,
  joined_at          DATETIME(3) NOT NULL,
  offered_at         DATETIME(3) NULL,
  offer_expires_at   DATETIME(3) NULL,
  offer_token_hash   CHAR(64) NULL UNIQUE,
  booking_id         BIGINT NULL,
  KEY ix_event_waiting_event (event_id, status, id),
  KEY ix_event_waiting_expiry (status, offer_expires_at),
  CONSTRAINT fk_event_waiting_event FOREIGN KEY (event_id) REFERENCES info_event(id),
  CONSTRAINT ck_event_waiting_attending CHECK (attending IN (1, 2))
) ENGINE=InnoDB;

-- Links to manage a booking (one in the confirmation, one in the reminder): random, stored only as their SHA-256,
-- good for that one booking and nothing else.
CREATE TABLE event_booking_token (
  token_hash  CHAR(64) PRIMARY KEY,
  booking_id  BIGINT NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT fk_event_booking_token_booking FOREIGN KEY (booking_id) REFERENCES event_booking(id)
) ENGINE=InnoDB;
