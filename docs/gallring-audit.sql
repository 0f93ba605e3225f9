-- Gallring of the SUS audit log (issue 12 #17; docs/sakerhet.md, "Gallring").
--
-- SUS's runtime database user has only SELECT, INSERT on audit_post (README, "Database users in production"), so
-- the application can never delete audit rows. This script is run by the database administrator (or the schema
-- owner), never by SUS. It deletes ONLY rows older than the retention period, which must equal the application's
-- sus.gallring.audit (default 5 years); SUS's daily gallring writes an audit row telling how many rows are due.
-- tidpunkt is stored in UTC.
--
-- Once, by hand (repeat until it reports 0 rows affected):
--   mariadb sus < docs/gallring-audit.sql
-- Or as a daily MariaDB event created by the administrator (needs event_scheduler=ON; the event runs with its
-- definer's rights, so SUS's own user still has no DELETE):
--   CREATE EVENT sus_gallra_audit ON SCHEDULE EVERY 1 DAY STARTS CURRENT_DATE + INTERVAL 1 DAY + INTERVAL 3 HOUR
--     DO DELETE FROM audit_post WHERE tidpunkt < UTC_TIMESTAMP(6) - INTERVAL 5 YEAR ORDER BY id LIMIT 100000;

DELETE FROM audit_post WHERE tidpunkt < UTC_TIMESTAMP(6) - INTERVAL 5 YEAR ORDER BY id LIMIT 100000;
