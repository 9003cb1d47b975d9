-- Management information (issue 13, ADR 44) is worked out from the raw records at each request; these indexes let
-- each of its queries read only the period's rows instead of whole tables.
-- The funnel: whether an enquiry's person attended an information event.
CREATE INDEX ix_event_booking_enquiry ON event_booking (enquiry_id, attendance);
-- Timeliness: the journey events that end a Stage One or Stage Two clock, by when.
CREATE INDEX ix_journey_event_event_at ON journey_event (event, at);
-- Timeliness: enquiries first answered in the period.
CREATE INDEX ix_work_first_response ON work_item (kind, first_response_at);
-- Timeliness: registrations decided in the period.
CREATE INDEX ix_registration_decided ON registration_of_interest (decided_at);
