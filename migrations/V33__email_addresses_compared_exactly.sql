-- An email address is an identity (ADR 0029): compare it byte for byte, never through a case- or accent-insensitive
-- collation. Under utf8mb4_unicode_ci 'alicé@example.org' equalled 'alice@example.org', so a look-alike address found
-- the real person's account. nopad_bin also tells 'a@b.org ' from 'a@b.org'. V34 then rewrites every stored address
-- in its canonical form (core.identity.EmailAddress), which the lookups compute from what a person types.
ALTER TABLE applicant_account MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE staff_account MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE enquiry MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE support_request MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE event_booking MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE event_waiting MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
