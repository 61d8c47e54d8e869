import { blindIndexes } from "@/lib/crypto";
import { db } from "@/lib/db";
import { parseGovData } from "../parse";
import { GOV_SOURCE_KINDS, GovSourceError, type GovSource, type GovSourceKind, type GovSources, type GovSubject } from "../types";

// The local default (GOV_DATA_DRIVER=local): synthetic government data in GovDataRecord, filled by
// the seed (prisma/seed/gov-data.ts). People are keyed by the blind index of their 身份证号, so the
// table never holds an ID number. While the blind index key rotates a person's rows may carry the index of
// any key of BLIND_INDEX_KEYS: the keys a subject may be stored under, the active key's first.
export function govSubjectKeys(subject: GovSubject): string[] {
  return subject.type === "ENTERPRISE" ? [subject.uscc] : blindIndexes(subject.idNumber);
}

function localSource<K extends GovSourceKind>(kind: K): GovSource<K> {
  return {
    kind,
    driver: "local",
    async query(request) {
      const keys = govSubjectKeys(request.subject);
      const rows = await db.govDataRecord.findMany({
        where: { source: kind, subjectKey: { in: keys } },
        select: { subjectKey: true, data: true, dataTime: true },
      });
      // Under two keys at once (re-seeded before the recompute): the active key's row.
      const row = rows.sort((a, b) => keys.indexOf(a.subjectKey) - keys.indexOf(b.subjectKey))[0];
      if (!row) return { status: "NO_RECORD", dataTime: null };
      const data = parseGovData(kind, row.data);
      if (!data) throw new GovSourceError("ERROR", `unreadable ${kind} record`);
      return { status: "OK", data, dataTime: row.dataTime.toISOString() };
    },
  };
}

export function localSources(): GovSources {
  return Object.fromEntries(GOV_SOURCE_KINDS.map((k) => [k, localSource(k)])) as unknown as GovSources;
}
