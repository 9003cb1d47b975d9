-- A member of staff keying in an enquiry presses "Record enquiry" once per enquiry, however many times the browser
-- sends it (a double click, a resend after a slow answer): each form carries a one-time key, and the enquiry it
-- recorded is found again by that key instead of recording a second one. No personal data: a key, who used it, when,
-- and the enquiry it made, its reference and the team it went to (the answer the second sending is given; kept here
-- so that a sending waiting on the first reads it as committed). Gone with the enquiry.
CREATE TABLE staff_enquiry_form (
  form_key    CHAR(43) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
  staff_id    BIGINT NOT NULL,
  enquiry_id  BIGINT NULL,
  reference   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
  team_id     BIGINT NULL,
  used_at     DATETIME(3) NOT NULL,
  CONSTRAINT fk_staff_enquiry_form_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry(id) ON DELETE CASCADE
) ENGINE=InnoDB;
