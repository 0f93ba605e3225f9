-- Load users for bench/last (issue 14): N copies of the demo handläggare (password sus-demo-2026, role
-- DELTAGARANSVARIG, the same uppdrag) without a second factor, so that each enrols its own TOTP secret at its first
-- login (the driver reads the secret from the enrolment page). A shared user cannot serve many sessions: a one-time
-- code is accepted once per 30-second step and user. Run after the application has loaded its demo data.
-- mariadb sus_bench_c < bench/last/anvandare.sql   (creates last1 .. last1000; idempotent)
insert ignore into anvandare (anvandarnamn, namn, losenord_hash, skapad, arbetsgivare)
  with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000)
  select concat('last', i), concat('Last Handläggare ', i), a.losenord_hash, now(6), a.arbetsgivare
  from n, anvandare a where a.anvandarnamn = 'handlaggare';
insert ignore into anvandare_roll (anvandare_id, roll)
  select id, 'DELTAGARANSVARIG' from anvandare where anvandarnamn like 'last%';
insert into uppdrag (version, anvandare_id, roll, omfattning, insats_id, startdatum, slutdatum, delegerat)
  select 0, l.id, u.roll, u.omfattning, u.insats_id, u.startdatum, u.slutdatum, 0
  from anvandare l join uppdrag u on u.anvandare_id = (select id from anvandare where anvandarnamn = 'handlaggare')
  where l.anvandarnamn like 'last%'
    and not exists (select 1 from uppdrag x where x.anvandare_id = l.id);
-- Before every run: forget the secrets of the previous run (the driver keeps them only in memory), so that every
-- user's first login in the run enrols again.
update anvandare set totp_hemlighet = null, totp_senaste_steg = 0, misslyckade_inloggningar = 0, last_till = null
  where anvandarnamn like 'last%';
