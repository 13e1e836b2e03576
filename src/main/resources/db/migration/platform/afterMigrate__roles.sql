-- platform (issue 10): after every migration (so also on the first start of a database of an earlier version), the
-- migration role hands each module's schema and objects to the application's role ${app_role}, which then owns them
-- (VACUUM, a large import's index and trigger rebuilds) — except the trail: the migration role keeps it and the
-- application may only read and append, so its own credentials cannot switch the append-only triggers off.
-- Nothing happens when the application migrates as itself (an external database without a migration user).
DO $$
DECLARE
  app CONSTANT name := '${app_role}';
  s record;
  o record;
BEGIN
  IF app = current_user THEN
    RETURN;
  END IF;
  FOR s IN SELECT n.oid, n.nspname FROM pg_namespace n
           WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
             AND n.nspname NOT IN ('trail', 'flyway_history', 'public', 'information_schema')
             AND n.nspname NOT LIKE 'pg\_%' LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s.nspname, app);
    -- tables first: their identity and serial sequences and their indexes follow them
    FOR o IN SELECT c.relname FROM pg_class c
             WHERE c.relnamespace = s.oid AND c.relkind IN ('r', 'p', 'f') AND pg_get_userbyid(c.relowner) = current_user LOOP
      EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', s.nspname, o.relname, app);
    END LOOP;
    FOR o IN SELECT c.relname, c.relkind FROM pg_class c
             WHERE c.relnamespace = s.oid AND c.relkind IN ('v', 'm', 'S') AND pg_get_userbyid(c.relowner) = current_user LOOP
      EXECUTE format('ALTER %s %I.%I OWNER TO %I',
                     CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'SEQUENCE' END,
                     s.nspname, o.relname, app);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p
             WHERE p.pronamespace = s.oid AND pg_get_userbyid(p.proowner) = current_user LOOP
      EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                     o.signature, app);
    END LOOP;
    FOR o IN SELECT t.typname FROM pg_type t
             WHERE t.typnamespace = s.oid AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) = current_user LOOP
      EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', s.nspname, o.typname, app);
    END LOOP;
  END LOOP;
  -- a trail created by the application itself (an external database migrated before a migration user was set) stays
  -- as it is: see the README for handing it over
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'trail' AND pg_get_userbyid(nspowner) = current_user) THEN
    EXECUTE format('GRANT USAGE ON SCHEMA trail TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA trail TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA trail TO %I', app);
  END IF;
END $$;
