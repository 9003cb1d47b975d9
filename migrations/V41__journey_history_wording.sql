-- What a journey's history line says beside its event, when the portal (not a person) wrote it, is kept as a message
-- code of the bundles and the values it names (a JSON array of strings), never as composed words. What a person typed
-- (reasons, notes) stays in `detail`; lines written before this keep their words in `detail` and are shown as they are.
ALTER TABLE journey_event
  ADD COLUMN detail_code VARCHAR(100) NULL AFTER detail,
  ADD COLUMN detail_args TEXT NULL AFTER detail_code;
