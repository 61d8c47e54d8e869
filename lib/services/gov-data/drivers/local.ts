import { blindIndex } from "@/lib/crypto";
import { db } from "@/lib/db";
import { parseGovData } from "../parse";
import { GOV_SOURCE_KINDS, GovSourceError, type GovSource, type GovSourceKind, type GovSources, type GovSubject } from "../types";

// The local default (GOV_DATA_DRIVER=local): synthetic government data in GovDataRecord, filled by
// the seed (prisma/seed/gov-data.ts). People are keyed by the blind index of their 身份证号, so the
// table never holds an ID number.
export function govSubjectKey(subject: GovSubject): string {
  return subject.type === "ENTERPRISE" ? subject.uscc : blindIndex(subject.idNumber);
}

function localSource<K extends GovSourceKind>(kind: K): GovSource<K> {
  return {
    kind,
    driver: "local",
    async query(request) {
      const row = await db.govDataRecord.findUnique({
        where: { source_subjectKey: { source: kind, subjectKey: govSubjectKey(request.subject) } },
        select: { data: true, dataTime: true },
      });
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
