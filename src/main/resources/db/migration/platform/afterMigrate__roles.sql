-- platform (issue 10): after every migration (so also on the first start of a database of an earlier version), the
-- migration role hands each module's schema and objects to the application's role ${app_role}, which then owns them
-- (VACUUM, a large import's index and trigger rebuilds) — except what keeps a permanent record: the trail, and every
-- schema with a table guarded against TRUNCATE (signed deliberation records, supervision and interference records,
-- frozen evaluation archives). Those the migration role keeps, with their trigger functions; the application may
-- read and write their rows through the guards, but its own credentials can neither switch the guards off (ALTER
-- TABLE … DISABLE TRIGGER needs the owner) nor replace a guard's function.
-- Nothing happens when the application migrates as itself (an external database without a migration user).
DO $$
DECLARE
  app CONSTANT name := '${app_role}';
  me CONSTANT name := current_user;
  s record;
  o record;
  permanent boolean;
BEGIN
  IF app = me THEN
    RETURN;
  END IF;
  FOR s IN SELECT n.oid, n.nspname FROM pg_namespace n
           WHERE pg_get_userbyid(n.nspowner) IN (me, app)
             AND n.nspname NOT IN ('trail', 'flyway_history', 'public', 'information_schema')
             AND n.nspname NOT LIKE 'pg\_%' LOOP
    -- a TRUNCATE trigger (tgtype bit 32) marks a table whose rows are a permanent record
    permanent := EXISTS (SELECT FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                         WHERE c.relnamespace = s.oid AND NOT t.tgisinternal AND t.tgtype & 32 <> 0);
    IF NOT permanent THEN
      EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s.nspname, app);
      -- tables first: their identity and serial sequences and their indexes follow them
      FOR o IN SELECT c.relname FROM pg_class c
               WHERE c.relnamespace = s.oid AND c.relkind IN ('r', 'p', 'f') AND pg_get_userbyid(c.relowner) = me LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', s.nspname, o.relname, app);
      END LOOP;
      FOR o IN SELECT c.relname, c.relkind FROM pg_class c
               WHERE c.relnamespace = s.oid AND c.relkind IN ('v', 'm', 'S') AND pg_get_userbyid(c.relowner) = me LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
                       CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'SEQUENCE' END,
                       s.nspname, o.relname, app);
      END LOOP;
      FOR o IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p
               WHERE p.pronamespace = s.oid AND pg_get_userbyid(p.proowner) = me LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                       o.signature, app);
      END LOOP;
      FOR o IN SELECT t.typname FROM pg_type t
               WHERE t.typnamespace = s.oid AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) = me LOOP
        EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', s.nspname, o.typname, app);
      END LOOP;
    ELSE
      -- taken back from the application where an earlier version had handed it over
      EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s.nspname, me);
      FOR o IN SELECT c.relname FROM pg_class c
               WHERE c.relnamespace = s.oid AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) = app LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', s.nspname, o.relname, me);
      END LOOP;
      FOR o IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p
               WHERE p.pronamespace = s.oid AND pg_get_userbyid(p.proowner) = app LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                       o.signature, me);
      END LOOP;
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s.nspname, app);
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, app);
      EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', s.nspname, app);
    END IF;
  END LOOP;
  -- a trail created by the application itself (an external database migrated before a migration user was set) stays
  -- as it is: see the README for handing it over
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'trail' AND pg_get_userbyid(nspowner) = me) THEN
    EXECUTE format('GRANT USAGE ON SCHEMA trail TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA trail TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA trail TO %I', app);
  END IF;
END $$;
