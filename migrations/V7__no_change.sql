-- Kept free while two branches were built in parallel; intentionally empty so the version sequence has no gap.
SELECT 1;
