-- How an enquiry reached the agency (issue 15): the public form records ONLINE; a member of staff who keys in an
-- enquiry taken by phone, email, at an event or in person records which (core.enquiry.EnquiryMethod), and who they
-- were (recorded_by; NULL for the public form). Source monitoring reads the method.
ALTER TABLE enquiry
  ADD COLUMN method VARCHAR(16) NOT NULL DEFAULT 'ONLINE',
  ADD COLUMN recorded_by BIGINT NULL,
  ADD CONSTRAINT fk_enquiry_recorded_by FOREIGN KEY (recorded_by) REFERENCES staff_account(id);
