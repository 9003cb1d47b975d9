-- What the public pages show has a version (issue 17, ADR 59): the pages that are the same for every visitor are
-- rendered once per node and kept until this version changes. Every change to a table those pages read bumps it, by a
-- trigger, so in the same transaction as the change: a new event, a place booked or given back, a spoke, council or
-- contact detail changed, a retention period changed. Nothing can change what the public see and forget to bump it.
CREATE TABLE public_pages_version (
  id TINYINT PRIMARY KEY,
  version BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO public_pages_version (id, version) VALUES (1, 1);

CREATE TRIGGER info_event_insert_public AFTER INSERT ON info_event FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER info_event_update_public AFTER UPDATE ON info_event FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER info_event_delete_public AFTER DELETE ON info_event FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER spoke_insert_public AFTER INSERT ON spoke FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER spoke_update_public AFTER UPDATE ON spoke FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER spoke_delete_public AFTER DELETE ON spoke FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER borough_insert_public AFTER INSERT ON borough FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER borough_update_public AFTER UPDATE ON borough FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER borough_delete_public AFTER DELETE ON borough FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER region_insert_public AFTER INSERT ON region FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER region_update_public AFTER UPDATE ON region FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER region_delete_public AFTER DELETE ON region FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER retention_rule_insert_public AFTER INSERT ON retention_rule FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER retention_rule_update_public AFTER UPDATE ON retention_rule FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER retention_rule_delete_public AFTER DELETE ON retention_rule FOR EACH ROW
  UPDATE public_pages_version SET version = version + 1 WHERE id = 1;
