-- The council of an enquiry's work item on the item itself (issue 13, ADR 64): the management information's enquiry
-- clocks (answered in a period, overdue now) read a year's 50,000 items from one index alone, where they looked up
-- each item's enquiry summary row (half the region's year went on those lookups at 1M enquiries). An enquiry's council
-- never changes once sent, so a copy made when the item is made stays true; a trigger makes it, so every way an item
-- is made (a new enquiry, a reroute, a data fix) carries it. NULL for items about anything else.
ALTER TABLE work_item ADD COLUMN borough_id BIGINT NULL;

UPDATE work_item w JOIN enquiry e ON e.id = w.subject_id SET w.borough_id = e.borough_id
WHERE w.subject_type = 'ENQUIRY';

CREATE TRIGGER work_item_council BEFORE INSERT ON work_item FOR EACH ROW
  SET NEW.borough_id = IF(NEW.subject_type = 'ENQUIRY',
                          (SELECT e.borough_id FROM enquiry e WHERE e.id = NEW.subject_id), NULL);

DROP INDEX ix_work_first_response ON work_item;
CREATE INDEX ix_work_first_response ON work_item (kind, first_response_at, subject_type, borough_id, created_at, is_open,
  team_id);
