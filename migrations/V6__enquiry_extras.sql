-- What the public enquiry needs beyond V5.

-- The agency's public phone number: shown when an enquiry cannot be taken online (too many attempts,
-- a refused form) and on the confirmation page. Region data, so an administrator can change it.
-- The seed is a placeholder from Ofcom's drama range; replace it with the agency's real number.
ALTER TABLE region ADD COLUMN public_phone VARCHAR(60) NULL;
UPDATE region SET public_phone = '020 7946 0321' WHERE id = 1;

-- The last enquiry sent from a browser session, so that its confirmation page survives a refresh and
-- a second "Send" of the same answers (back button, double click) leads to it instead of a new enquiry.
CREATE TABLE enquiry_receipt (
  session_id  CHAR(64) PRIMARY KEY,
  enquiry_id  BIGINT NOT NULL,
  reference   VARCHAR(20) NOT NULL,
  respond_by  DATE NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT fk_receipt_session FOREIGN KEY (session_id) REFERENCES web_session(id) ON DELETE CASCADE,
  CONSTRAINT fk_receipt_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry(id)
) ENGINE=InnoDB;
