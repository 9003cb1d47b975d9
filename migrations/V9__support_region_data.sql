-- Adoption support needs, from the region data: each borough's children's services numbers (shown
-- first on the support pages: "if a child is in danger now") and a shorter first-response target for
-- urgent support requests.
--
-- PLACEHOLDERS: these numbers are from Ofcom's drama range (020 7946 0xxx) and reach nobody. Replace
-- them with each council's real children's services and out-of-hours numbers before going live.
UPDATE borough SET emergency_phone = '020 7946 0101', out_of_hours_phone = '020 7946 0201' WHERE code = 'southwark';
UPDATE borough SET emergency_phone = '020 7946 0102', out_of_hours_phone = '020 7946 0202' WHERE code = 'lambeth';
UPDATE borough SET emergency_phone = '020 7946 0103', out_of_hours_phone = '020 7946 0203' WHERE code = 'lewisham';
UPDATE borough SET emergency_phone = '020 7946 0104', out_of_hours_phone = '020 7946 0204' WHERE code = 'greenwich';
UPDATE borough SET emergency_phone = '020 7946 0105', out_of_hours_phone = '020 7946 0205' WHERE code = 'croydon';
UPDATE borough SET emergency_phone = '020 7946 0106', out_of_hours_phone = '020 7946 0206' WHERE code = 'merton';
UPDATE borough SET emergency_phone = '020 7946 0107', out_of_hours_phone = '020 7946 0207' WHERE code = 'sutton';
UPDATE borough SET emergency_phone = '020 7946 0108', out_of_hours_phone = '020 7946 0208' WHERE code = 'kingston';
UPDATE borough SET emergency_phone = '020 7946 0109', out_of_hours_phone = '020 7946 0209' WHERE code = 'wandsworth';
UPDATE borough SET emergency_phone = '020 7946 0110', out_of_hours_phone = '020 7946 0210' WHERE code = 'richmond';

-- Not a kind of work of its own: the target for a SUPPORT_REQUEST whose requester says it is urgent.
INSERT INTO work_target (work_kind, working_days, description) VALUES
  ('SUPPORT_REQUEST', 10, 'First response to an adoption support request'),
  ('SUPPORT_REQUEST_URGENT', 2, 'First response to an urgent adoption support request')
ON DUPLICATE KEY UPDATE work_kind = work_kind;
