// SQL of the scale mode. Everything is generated in the database from generate_series; random() values
// are drawn once per row in a subquery (volatile, so PostgreSQL does not inline it) and reused.
const NOW = `(now() AT TIME ZONE 'UTC')`;
const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = "ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]";
// Area codes in the order of enum "Region": QINZHOU MAIJI QINAN GANGU WUSHAN QINGSHUI ZHANGJIACHUAN.
const AREA_CODES = "ARRAY['620502','620503','620522','620523','620524','620521','620525']";

/** Elements of an enum whose bit is set in `mask` (bit 0 = first label). */
const enumSubset = (type: string, mask: string) =>
  `ARRAY(SELECT e FROM unnest(enum_range(NULL::"${type}")) WITH ORDINALITY AS u(e, k) WHERE (${mask} >> (k::int - 1)) & 1 = 1)`;

export function benchProductSql(from: number, to: number): string {
  return `
WITH inst AS (
  SELECT row_number() OVER (ORDER BY id)::int AS n, id, type FROM "Institution"
   WHERE type IN ('BANK', 'MICRO_LOAN', 'GUARANTEE', 'INSURANCE') AND status = 'PUBLISHED'
), cnt AS (SELECT count(*)::int AS c FROM inst)
INSERT INTO "Product" (id, "institutionId", "institutionType", name, tags, "isFirstLoan", "isRenewal", category, methods,
  "minRate", "maxAmount", "maxTermMonths", regions, "applicableArea", highlights, introduction, "repaymentMethod", prepayment,
  "ageRequirement", "businessRequirement", "workRequirement", "assetRequirement", "incomeRequirement", "requiredMaterials",
  "featuredWeight", status, "publishedAt", "createdAt", "updatedAt")
SELECT 'bench-p-' || s.g, i.id, i.type,
  (ARRAY['经营贷','信用贷','农户贷','商户贷','科技贷','续贷通','首贷通','消费贷','惠农贷','税易贷'])[1 + s.g % 10] || '·压测' || s.g,
  ${enumSubset("ProductTag", "s.tmask")},
  s.r1 < 0.15, s.r2 < 0.15,
  (CASE WHEN s.r3 < 0.5 THEN 'PERSONAL' ELSE 'ENTERPRISE' END)::"ProductCategory",
  ${enumSubset("LoanMethod", "s.mmask")},
  round((CASE WHEN s.r4 < 0.6 THEN 3.2 + s.r5 * 1.8 WHEN s.r4 < 0.8 THEN 5.01 + s.r5 * 4.99 WHEN s.r4 < 0.9 THEN 10.01 + s.r5 * 4.99
              WHEN s.r4 < 0.96 THEN 15.01 + s.r5 * 4.99 ELSE 20.01 + s.r5 * 4 END)::numeric, 2),
  (ARRAY[10,20,30,50,100,150,200,300,500,800,1000,2000,3000,5000])[1 + floor(s.r6 * 14)::int],
  (ARRAY[6,12,18,24,36,60,120,240])[1 + floor(s.r7 * 8)::int],
  ${enumSubset("Region", "s.rmask")},
  '天水市', '压测数据：用于性能测试的合成产品', '压测数据：本产品由 db:seed 的规模模式生成，用于金融超市筛选和排序的性能测试。',
  '按月付息、到期还本', '允许提前还款', '18周岁（含）至65周岁（含）', '正常经营满1年', '有固定经营场所',
  '无不良信用记录', '收入能够覆盖贷款本息', '借款申请书、身份证明、经营证明。',
  CASE WHEN s.r8 < 0.02 THEN 1 + floor(s.r8 * 500)::int ELSE 0 END,
  'PUBLISHED', s.ts, s.ts, s.ts
FROM (
  SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8,
         1 + floor(random() * 127)::int AS rmask, 1 + floor(random() * 15)::int AS mmask, floor(random() * 4)::int AS tmask,
         timestamp '2020-01-01' + random() * (${NOW} - timestamp '2020-01-01') AS ts
    FROM generate_series(${from}, ${to}) AS g
) s
JOIN inst i ON i.n = 1 + s.g % (SELECT c FROM cnt);`;
}

/** $1 = password hash. Phones 15xxxxxxxxx; 70% personal, 30% enterprise. */
export function benchUserSql(from: number, to: number): string {
  return `
INSERT INTO "User" (id, phone, "passwordHash", role, status, name, "failedLoginCount", "createdAt", "updatedAt")
SELECT 'bench-u-' || g, '15' || lpad(g::text, 9, '0'), $1,
  (CASE WHEN g % 10 < 7 THEN 'PERSONAL' ELSE 'ENTERPRISE' END)::"Role", 'ACTIVE',
  substr('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗', 1 + g % 20, 1)
    || (ARRAY['伟','芳','建军','敏','静','志强','磊','晓燕','艳','勇','海军','杰','丽娟','涛','明','春梅'])[1 + (g / 20) % 16],
  0, ts, ts
FROM (SELECT g, ${NOW} - random() * interval '1800 days' AS ts FROM generate_series(${from}, ${to}) AS g) s
ON CONFLICT DO NOTHING;`;
}

/** Enterprise profiles of the enterprise bench users, with valid USCCs ('91' + area + 'BN' + 7 digits + check). */
export function benchProfileSql(from: number, to: number): string {
  return `
INSERT INTO "EnterpriseProfile" (id, "userId", name, uscc, region, industry, "createdAt", "updatedAt")
SELECT 'bench-e-' || s.g, u.id,
  '天水' || (ARRAY['恒信','瑞达','金源','宏远','兴业','华泰','众联','博通','丰源','鑫盛'])[1 + s.g % 10]
    || (ARRAY['商贸','科技','农业','建材','物流','食品'])[1 + (s.g / 10) % 6] || '有限公司',
  b.base || c.chk, s.region,
  (ARRAY['批发和零售业','软件和信息技术服务','农业','建材','交通运输、仓储和物流','食品制造'])[1 + (s.g / 10) % 6],
  u."createdAt", u."createdAt"
FROM (SELECT g, (${AREA_CODES})[1 + g % 7] AS area, (enum_range(NULL::"Region"))[1 + g % 7] AS region
        FROM generate_series(${from}, ${to}) AS g) s
JOIN "User" u ON u.id = 'bench-u-' || s.g AND u.role = 'ENTERPRISE'
CROSS JOIN LATERAL (SELECT '91' || s.area || 'BN' || lpad(s.g::text, 7, '0') AS base) b
CROSS JOIN LATERAL (
  SELECT substr('${USCC_CHARS}', ((31 - (sum((strpos('${USCC_CHARS}', substr(b.base, k, 1)) - 1) * (${USCC_WEIGHTS})[k]) % 31)) % 31)::int + 1, 1) AS chk
    FROM generate_series(1, 17) AS k
) c
ON CONFLICT DO NOTHING;`;
}

export const BENCH_SETUP_SQL = `
DROP TABLE IF EXISTS bench_prod, bench_personal, bench_enterprise, bench_staff, bench_enc, bench_paths;
CREATE TEMP TABLE bench_prod AS
  SELECT row_number() OVER (ORDER BY id)::int AS n, id, "institutionId", category, "maxAmount", "maxTermMonths", "isFirstLoan", "publishedAt"
    FROM "Product" WHERE status = 'PUBLISHED';
CREATE TEMP TABLE bench_personal AS
  SELECT row_number() OVER (ORDER BY id)::int AS n, id, name, phone, "createdAt" FROM "User"
   WHERE role = 'PERSONAL' AND status = 'ACTIVE' AND phone NOT LIKE '13800000%';
CREATE TEMP TABLE bench_enterprise AS
  SELECT row_number() OVER (ORDER BY u.id)::int AS n, u.id, coalesce(u.name, e.name) AS name, u.phone, e.name AS ename, e.uscc, u."createdAt"
    FROM "User" u JOIN "EnterpriseProfile" e ON e."userId" = u.id
   WHERE u.role = 'ENTERPRISE' AND u.status = 'ACTIVE' AND u.phone NOT LIKE '13800000%';
CREATE TEMP TABLE bench_staff AS
  SELECT DISTINCT ON ("institutionId") "institutionId", id FROM "User"
   WHERE role = 'STAFF' AND "institutionId" IS NOT NULL ORDER BY "institutionId", phone;
-- The encrypted fields of the batch's applications, bound to their row ids (filled per batch by seed/scale.ts).
CREATE TEMP TABLE bench_enc (g int PRIMARY KEY, id_enc text NOT NULL, enforcement_no text NOT NULL, overdue_yes text NOT NULL, overdue_no text NOT NULL);
CREATE TEMP TABLE bench_paths (final "ApplicationStatus", k int, from_s "ApplicationStatus", to_s "ApplicationStatus", by_applicant boolean, comment text);
INSERT INTO bench_paths VALUES
  ('SUBMITTED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'),
  ('ACCEPTED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('ACCEPTED', 1, 'SUBMITTED', 'ACCEPTED', false, '已受理，客户经理将与您联系'),
  ('APPROVED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('APPROVED', 1, 'SUBMITTED', 'ACCEPTED', false, '已受理，客户经理将与您联系'),
  ('APPROVED', 2, 'ACCEPTED', 'APPROVED', false, '审批通过'),
  ('DISBURSED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('DISBURSED', 1, 'SUBMITTED', 'ACCEPTED', false, '已受理，客户经理将与您联系'),
  ('DISBURSED', 2, 'ACCEPTED', 'APPROVED', false, '审批通过'), ('DISBURSED', 3, 'APPROVED', 'DISBURSED', false, '贷款已发放'),
  ('REJECTED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('REJECTED', 1, 'SUBMITTED', 'REJECTED', false, '经审核，暂不符合准入条件'),
  ('RETURNED', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('RETURNED', 1, 'SUBMITTED', 'ACCEPTED', false, '已受理，客户经理将与您联系'),
  ('RETURNED', 2, 'ACCEPTED', 'RETURNED', false, '请补充近6个月银行流水'),
  ('WITHDRAWN', 0, NULL, 'SUBMITTED', true, '提交贷款申请'), ('WITHDRAWN', 1, 'SUBMITTED', 'WITHDRAWN', true, '资金需求已解决，撤回申请');
CREATE UNIQUE INDEX ON bench_prod (n);
CREATE UNIQUE INDEX ON bench_personal (n);
CREATE UNIQUE INDEX ON bench_enterprise (n);
ANALYZE bench_prod; ANALYZE bench_personal; ANALYZE bench_enterprise; ANALYZE bench_staff; ANALYZE bench_paths;`;

const STATUS = `CASE WHEN r3 < 0.12 THEN 'SUBMITTED' WHEN r3 < 0.22 THEN 'ACCEPTED' WHEN r3 < 0.35 THEN 'APPROVED' WHEN r3 < 0.80 THEN 'DISBURSED'
  WHEN r3 < 0.90 THEN 'REJECTED' WHEN r3 < 0.94 THEN 'RETURNED' ELSE 'WITHDRAWN' END`;
// Spacing of the status steps: 2 days, or less for very recent applications (never in the future).
const STEP = (ts: string) => `least(interval '2 days', (${NOW} - ${ts}) / 4)`;

/** One batch of applications and, in the same statement, their status history (no second lookup of the rows). */
export function benchApplicationSql(from: number, to: number, n: { products: number; personal: number; enterprise: number }): string {
  const amount = `greatest(1, round(p."maxAmount" * (0.1 + 0.9 * s.r4)))`;
  const decided = `greatest(1, round(${amount} * (0.7 + 0.3 * s.r6)))`;
  const firstLoan = `(p."isFirstLoan" AND p.category = 'ENTERPRISE' AND s.r5 < 0.5)`;
  // Submitted after both the product's publication and the applicant's registration.
  const start = `greatest(p."publishedAt", coalesce(pu."createdAt", eu."createdAt"))`;
  const ts = `(${start} + s.r7 * (${NOW} - ${start}))`;
  return `
WITH app AS (
INSERT INTO "LoanApplication" (id, number, kind, "applicantId", "applicantType", "productId", "institutionId", status, amount,
  "termMonths", purpose, "applicantName", "idNumberEnc", "applicantPhone", "enterpriseName", uscc, "contactName", "contactPhone",
  "hasEnforcementEnc", "hasOverdueEnc", "firstLoanDeclared", "acceptOtherInstitutions", "approvedAmount", "disbursedAmount", "submittedAt",
  "firstRespondedAt", "approvedAt", "disbursedAt", "updatedAt")
SELECT 'bench-a-' || s.g, 'SQ' || to_char(${ts} + interval '8 hours', 'YYYYMMDD') || lpad(s.g::text, 8, '0'),
  (CASE WHEN ${firstLoan} THEN 'FIRST_LOAN' ELSE 'NORMAL' END)::"ApplicationKind",
  coalesce(pu.id, eu.id), p.category::text::"ApplicantType", p.id, p."institutionId", s.status::"ApplicationStatus", ${amount},
  least(p."maxTermMonths", (ARRAY[6,12,12,24,36,60])[1 + floor(s.r5 * 6)::int]),
  (enum_range(NULL::"LoanPurpose"))[1 + floor(s.r6 * 8)::int],
  pu.name, CASE WHEN p.category = 'PERSONAL' THEN e.id_enc END, pu.phone, eu.ename, eu.uscc, eu.name, eu.phone,
  e.enforcement_no, CASE WHEN s.status = 'REJECTED' AND s.r6 < 0.3 THEN e.overdue_yes ELSE e.overdue_no END, ${firstLoan}, false,
  CASE WHEN s.status IN ('APPROVED', 'DISBURSED') THEN ${decided} END,
  CASE WHEN s.status = 'DISBURSED' THEN ${decided} END,
  ${ts},
  CASE WHEN s.status NOT IN ('SUBMITTED', 'WITHDRAWN') THEN ${ts} + ${STEP(ts)} END, -- the steps of bench_paths
  CASE WHEN s.status IN ('APPROVED', 'DISBURSED') THEN ${ts} + 2 * ${STEP(ts)} END,
  CASE WHEN s.status = 'DISBURSED' THEN ${ts} + 3 * ${STEP(ts)} END,
  ${ts} + 3 * ${STEP(ts)}
FROM (
  SELECT g, random() AS r1, random() AS r2, random() AS r4, random() AS r5, random() AS r6, random() AS r7, ${STATUS} AS status
    FROM (SELECT g, random() AS r3 FROM generate_series(${from}, ${to}) AS g) x
) s
JOIN bench_prod p ON p.n = 1 + floor(s.r1 * ${n.products})::int
LEFT JOIN bench_personal pu ON p.category = 'PERSONAL' AND pu.n = 1 + floor(s.r2 * ${n.personal})::int
LEFT JOIN bench_enterprise eu ON p.category = 'ENTERPRISE' AND eu.n = 1 + floor(s.r2 * ${n.enterprise})::int
JOIN bench_enc e ON e.g = s.g
RETURNING id, "applicantId", "applicantType", "institutionId", status, "approvedAmount", "disbursedAmount", "submittedAt"
)
INSERT INTO "ApplicationStatusChange" (id, "applicationId", "fromStatus", "toStatus", "actorId", "actorRole", comment, amount, "createdAt")
SELECT 'bench-s-' || substring(a.id from 9) || '-' || st.k, a.id, st.from_s, st.to_s,
  CASE WHEN st.by_applicant THEN a."applicantId" ELSE sf.id END,
  CASE WHEN st.by_applicant THEN a."applicantType"::text::"Role" ELSE 'STAFF'::"Role" END,
  CASE st.to_s WHEN 'APPROVED' THEN '审批通过，授信额度' || trim_scale(a."approvedAmount") || '万元'
               WHEN 'DISBURSED' THEN '贷款已发放，放款金额' || trim_scale(a."disbursedAmount") || '万元' ELSE st.comment END,
  CASE st.to_s WHEN 'APPROVED' THEN a."approvedAmount" WHEN 'DISBURSED' THEN a."disbursedAmount" END,
  a."submittedAt" + st.k * ${STEP(`a."submittedAt"`)}
FROM app a
JOIN bench_paths st ON st.final = a.status
LEFT JOIN bench_staff sf ON sf."institutionId" = a."institutionId";`;
}
