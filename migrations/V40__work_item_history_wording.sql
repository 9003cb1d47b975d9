-- What a work item's history line says beside its event is kept as a message code of the bundles and the values it
-- names (a JSON array of strings), never as composed words. Lines written before this keep their words in `detail`
-- and are shown as they are.
ALTER TABLE work_item_event
  ADD COLUMN detail_code VARCHAR(100) NULL AFTER detail,
  ADD COLUMN detail_args TEXT NULL AFTER detail_code;
