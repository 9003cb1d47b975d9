-- Staff search (issue 15, ADR 51): every key a member of staff types is found through an index, never a scan.
-- References and email addresses already have theirs (V5, V10, V12, V20, V8). Phone numbers and postcodes are
-- compared in one normal form, worked out by the database from what is stored so that no code path can forget to
-- fill it: a phone number's digits with +44 read as 0 (core.search.SearchKeys.phone does the same to what is typed),
-- a postcode in capitals without its space. Names are found by word (FULLTEXT, each word typed a prefix).

ALTER TABLE enquiry
  ADD COLUMN phone_key VARCHAR(40) AS
    (REGEXP_REPLACE(REGEXP_REPLACE(phone, '[^0-9]', ''), '^440?', '0')) STORED,
  ADD KEY ix_enquiry_phone_key (phone_key),
  ADD FULLTEXT KEY ft_enquiry_name (full_name);

ALTER TABLE support_request
  ADD COLUMN phone_key VARCHAR(40) AS
    (REGEXP_REPLACE(REGEXP_REPLACE(phone, '[^0-9]', ''), '^440?', '0')) STORED,
  ADD KEY ix_support_phone_key (phone_key),
  ADD FULLTEXT KEY ft_support_name (full_name);

ALTER TABLE event_booking
  ADD FULLTEXT KEY ft_event_booking_name (full_name);

-- A Registration of Interest keeps its answers url-encoded in one text (RegistrationAnswers): the applicants' names
-- and the postcode of the current address (address1) are read out of it here.
ALTER TABLE registration_of_interest
  ADD COLUMN applicant_names VARCHAR(500) AS (REPLACE(CONCAT_WS(' ',
    SUBSTRING(REGEXP_SUBSTR(answers, '(?<![^&])applicant1-name=[^&]*'), 17),
    SUBSTRING(REGEXP_SUBSTR(answers, '(?<![^&])applicant2-name=[^&]*'), 17)), '+', ' ')) STORED,
  ADD COLUMN postcode_key VARCHAR(10) AS (UPPER(REPLACE(REPLACE(
    REGEXP_SUBSTR(SUBSTRING(REGEXP_SUBSTR(answers, '(?<![^&])address1-address=[^&]*'), 18),
      '(?i)[A-Z]{1,2}[0-9][0-9A-Z]?([+]|%20)?[0-9][A-Z]{2}(?![A-Z])'), '+', ''), '%20', ''))) STORED,
  ADD KEY ix_registration_postcode_key (postcode_key),
  ADD FULLTEXT KEY ft_registration_names (applicant_names);
