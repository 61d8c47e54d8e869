-- AlterTable
ALTER TABLE "LoanApplication" ADD COLUMN     "district" "Region";

-- CreateTable
CREATE TABLE "ApplicationMonthStat" (
    "month" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL DEFAULT '',
    "district" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT '',
    "n" INTEGER NOT NULL DEFAULT 0,
    "responded" INTEGER NOT NULL DEFAULT 0,
    "responseSeconds" DECIMAL(20,3) NOT NULL DEFAULT 0,
    "amount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "seconds" DECIMAL(20,3) NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationMonthStat_pkey" PRIMARY KEY ("month","kind","institutionId","district","status")
);

-- The district of an application: its form's 所属区域, else the applicant enterprise's registered district.
CREATE FUNCTION statistics_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."district" := COALESCE(NEW."region", (SELECT ep."region" FROM "EnterpriseProfile" ep WHERE ep."userId" = NEW."applicantId"));
  RETURN NEW;
END $$;
CREATE TRIGGER "LoanApplication_district" BEFORE INSERT OR UPDATE OF "region" ON "LoanApplication"
  FOR EACH ROW EXECUTE FUNCTION statistics_district();

-- What one application contributes to the rollup, times sg (+1 or -1); nothing for a NULL row.
CREATE FUNCTION statistics_entries(r "LoanApplication", sg int)
RETURNS TABLE (m date, k text, inst text, dist text, st text, dn int, dresp int, drs numeric, damt numeric, dsec numeric)
LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', r."submittedAt" + interval '8 hours')::date, 'submitted', COALESCE(r."institutionId", ''),
    COALESCE(r."district"::text, ''), r."status"::text, sg, sg * (r."firstRespondedAt" IS NOT NULL)::int,
    sg * COALESCE(EXTRACT(EPOCH FROM r."firstRespondedAt" - r."submittedAt"), 0), 0::numeric, 0::numeric
  WHERE r."id" IS NOT NULL
  UNION ALL
  SELECT date_trunc('month', r."approvedAt" + interval '8 hours')::date, 'approved', COALESCE(r."institutionId", ''),
    COALESCE(r."district"::text, ''), '', sg, 0, 0, sg * COALESCE(r."approvedAmount", 0), sg * EXTRACT(EPOCH FROM r."approvedAt" - r."submittedAt")
  WHERE r."id" IS NOT NULL AND r."approvedAt" IS NOT NULL
  UNION ALL
  SELECT date_trunc('month', r."disbursedAt" + interval '8 hours')::date, 'disbursed', COALESCE(r."institutionId", ''),
    COALESCE(r."district"::text, ''), '', sg, 0, 0, sg * COALESCE(r."disbursedAmount", 0), sg * EXTRACT(EPOCH FROM r."disbursedAt" - r."submittedAt")
  WHERE r."id" IS NOT NULL AND r."disbursedAt" IS NOT NULL
$$;

-- Old contribution out, new one in, netted per cell and applied in key order (two transactions touching the same
-- cells always lock them in the same order: no deadlock).
CREATE FUNCTION statistics_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE e record;
BEGIN
  FOR e IN
    SELECT x.m, x.k, x.inst, x.dist, x.st, sum(x.dn)::int AS dn, sum(x.dresp)::int AS dresp, sum(x.drs) AS drs,
      sum(x.damt) AS damt, sum(x.dsec) AS dsec
    FROM (
      SELECT * FROM statistics_entries(CASE WHEN TG_OP <> 'INSERT' THEN OLD END, -1)
      UNION ALL
      SELECT * FROM statistics_entries(CASE WHEN TG_OP <> 'DELETE' THEN NEW END, 1)
    ) x
    GROUP BY x.m, x.k, x.inst, x.dist, x.st
    HAVING sum(x.dn) <> 0 OR sum(x.dresp) <> 0 OR sum(x.drs) <> 0 OR sum(x.damt) <> 0 OR sum(x.dsec) <> 0
    ORDER BY x.m, x.k, x.inst, x.dist, x.st
  LOOP
    INSERT INTO "ApplicationMonthStat" AS s ("month", "kind", "institutionId", "district", "status", "n", "responded", "responseSeconds", "amount", "seconds")
    VALUES (e.m, e.k, e.inst, e.dist, e.st, e.dn, e.dresp, e.drs, e.damt, e.dsec)
    ON CONFLICT ("month", "kind", "institutionId", "district", "status") DO UPDATE SET
      "n" = s."n" + EXCLUDED."n", "responded" = s."responded" + EXCLUDED."responded",
      "responseSeconds" = s."responseSeconds" + EXCLUDED."responseSeconds", "amount" = s."amount" + EXCLUDED."amount",
      "seconds" = s."seconds" + EXCLUDED."seconds";
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER "LoanApplication_statistics" AFTER INSERT OR DELETE OR UPDATE OF "status", "institutionId", "district", "submittedAt",
  "firstRespondedAt", "approvedAt", "approvedAmount", "disbursedAt", "disbursedAmount" ON "LoanApplication"
  FOR EACH ROW WHEN (current_setting('tianshui.statistics_rebuild', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION statistics_track();

-- Recompute the whole rollup (after a bulk load that bypassed the triggers, e.g. the bench's scale seed).
CREATE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('tianshui.statistics_rebuild', 'on', true);
  UPDATE "LoanApplication" a SET "district" = COALESCE(a."region", ep."region")
    FROM "EnterpriseProfile" ep
    WHERE a."district" IS NULL AND ep."userId" = a."applicantId" AND COALESCE(a."region", ep."region") IS NOT NULL;
  UPDATE "LoanApplication" a SET "district" = a."region" WHERE a."district" IS NULL AND a."region" IS NOT NULL;
  DELETE FROM "ApplicationMonthStat";
  INSERT INTO "ApplicationMonthStat" ("month", "kind", "institutionId", "district", "status", "n", "responded", "responseSeconds", "amount", "seconds")
    SELECT e.m, e.k, e.inst, e.dist, e.st, sum(e.dn), sum(e.dresp), sum(e.drs), sum(e.damt), sum(e.dsec)
    FROM "LoanApplication" a, LATERAL statistics_entries(a, 1) e
    GROUP BY e.m, e.k, e.inst, e.dist, e.st;
  PERFORM set_config('tianshui.statistics_rebuild', 'off', true);
END $$;

SELECT statistics_rebuild();
