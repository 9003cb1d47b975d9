-- Why a Stage One decision date was moved, as one of a few kinds, so the management information can count extensions
-- by reason without reading the free text (which is about a person). NULL: recorded before the kinds existed.
ALTER TABLE journey_extension
  ADD COLUMN reason_kind VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER new_due,
  ADD KEY ix_journey_extension_at (at);
