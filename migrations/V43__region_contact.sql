-- How the public reach the agency, shown on the contact page, the privacy notice and the accessibility statement.
-- Region data beside public_phone (V6), so an administrator changes it without a deploy (Administration > Contact
-- details). The address is kept as lines separated by a line break, as a letter is addressed.
-- The seeds are fictional (public_phone is still V6's drama-range placeholder): replace them with the agency's own.
ALTER TABLE region
  ADD COLUMN public_email          VARCHAR(254) NULL,
  ADD COLUMN postal_address        VARCHAR(500) NULL,
  ADD COLUMN opening_hours         VARCHAR(300) NULL,
  ADD COLUMN data_protection_email VARCHAR(254) NULL;

UPDATE region SET
  public_email          = 'hello@adoptlondonsouth.org.uk',
  postal_address        = CONCAT('Adopt London South', CHAR(10), 'PO Box 1234', CHAR(10), 'London', CHAR(10), 'SE1P 4ZZ'),
  opening_hours         = 'Monday to Friday, 9am to 5pm (closed on bank holidays)',
  data_protection_email = 'dpo@adoptlondonsouth.org.uk'
WHERE id = 1;
