-- The audit log is append-only (等保三级: audit records are protected from change and deletion and kept for at
-- least six months; docs/security.md):
-- - UPDATE is refused, except the ON DELETE SET NULL of "actorId" when an account row is removed (the rest of the
--   row unchanged). The platform de-identifies accounts instead of deleting them, so this does not happen today.
-- - DELETE is refused, except the operator's archive procedure: inside a transaction that declared
--   SET LOCAL tianshui.audit_archive = 'on', and only for rows older than 180 days.
-- - TRUNCATE is refused.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."id" IS DISTINCT FROM OLD."id"
       OR NEW."action" IS DISTINCT FROM OLD."action"
       OR NEW."targetType" IS DISTINCT FROM OLD."targetType"
       OR NEW."targetId" IS DISTINCT FROM OLD."targetId"
       OR NEW."ip" IS DISTINCT FROM OLD."ip"
       OR NEW."userAgent" IS DISTINCT FROM OLD."userAgent"
       OR NEW."detail" IS DISTINCT FROM OLD."detail"
       OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
       OR (NEW."actorId" IS DISTINCT FROM OLD."actorId" AND NEW."actorId" IS NOT NULL) THEN
      RAISE EXCEPTION 'AuditLog rows are append-only';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF coalesce(current_setting('tianshui.audit_archive', true), '') = 'on'
       AND OLD."createdAt" < (now() AT TIME ZONE 'UTC') - interval '180 days' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'AuditLog rows are append-only (archive: rows older than 180 days, docs/security.md)';
  END IF;
  RAISE EXCEPTION 'AuditLog rows are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
