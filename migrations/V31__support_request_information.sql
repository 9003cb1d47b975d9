-- Information a requester adds to their support request after sending it (signed in by email link).
-- seen_at stays empty until a member of staff opens the request's work item: until then its queue row is flagged.
CREATE TABLE support_request_information (
  id                  BIGINT PRIMARY KEY AUTO_INCREMENT,
  support_request_id  BIGINT NOT NULL,
  added_at            DATETIME(3) NOT NULL,
  text                VARCHAR(4000) NOT NULL,
  seen_at             DATETIME(3) NULL,
  seen_by             BIGINT NULL,
  KEY ix_sri_request (support_request_id, seen_at),
  CONSTRAINT fk_sri_request FOREIGN KEY (support_request_id) REFERENCES support_request(id),
  CONSTRAINT fk_sri_seen_by FOREIGN KEY (seen_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;
