import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { localDriver } from "@/lib/services/storage/drivers/local";
import type { StorageDriver } from "@/lib/services/storage/types";
import { BLIND_INDEXED_COLUMNS, ENCRYPTED_COLUMNS, type EncryptedTable } from "./columns";
import { activeBlindIndexKeyId, activeKeyId, blindIndex, decrypt, decryptBytes, encrypt, encryptBytes, fileContext, fileKeyIdOf } from "./index";

// `npm run keys:rotate` (docs/security.md, "Key rotation"): re-encrypts every value of ENCRYPTED_COLUMNS and every
// encrypted file that is not on the active key (old key id, or v1 without key id and associated data) with the
// active key, bound to its row. In batches; each write is conditional on the value it read, so a row changed in the
// meantime keeps its new value; a second run finds nothing to do. A value that does not decrypt (wrong row, a key
// no longer configured, damage) is counted as failed and left as it is.
// Then the blind indexes of BLIND_INDEXED_COLUMNS are recomputed with the active key of BLIND_INDEX_KEYS from
// the decrypted value of their row (an index carries no key id: every row is read, and written only when its
// index differs).
export interface RotationReport {
  activeKey: string;
  activeIndexKey: string;
  rotated: Record<string, number>; // "<table>.<column>" or "UploadedFile.bytes" → values re-encrypted
  reindexed: Record<string, number>; // "<table>.<hash column>" → blind indexes recomputed
  failed: Record<string, number>;
}

const BATCH = 200;

export async function rotateKeys(options: { storage?: StorageDriver; batch?: number; log?: (line: string) => void } = {}): Promise<RotationReport> {
  const active = activeKeyId();
  const report: RotationReport = { activeKey: active, activeIndexKey: activeBlindIndexKeyId(), rotated: {}, reindexed: {}, failed: {} };
  const log = options.log ?? (() => {});
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    await rotateTable(table, active, options.batch ?? BATCH, report);
    for (const name of ENCRYPTED_COLUMNS[table].columns) {
      const key = `${table}.${name}`;
      if (report.rotated[key] || report.failed[key]) log(`${key}: ${report.rotated[key] ?? 0} re-encrypted, ${report.failed[key] ?? 0} failed`);
    }
  }
  await rotateFiles(active, options.storage ?? localDriver(process.env.UPLOAD_DIR?.trim() || ".uploads"), options.batch ?? BATCH, report);
  if (report.rotated["UploadedFile.bytes"] || report.failed["UploadedFile.bytes"]) {
    log(`UploadedFile.bytes: ${report.rotated["UploadedFile.bytes"] ?? 0} re-encrypted, ${report.failed["UploadedFile.bytes"] ?? 0} failed`);
  }
  for (const indexed of BLIND_INDEXED_COLUMNS) {
    await reindexTable(indexed, options.batch ?? BATCH, report);
    const key = `${indexed.table}.${indexed.hash}`;
    if (report.reindexed[key] || report.failed[key]) log(`${key}: ${report.reindexed[key] ?? 0} blind indexes recomputed, ${report.failed[key] ?? 0} failed`);
  }
  return report;
}

const q = (name: string) => `"${name}"`; // identifiers come from ENCRYPTED_COLUMNS only

async function rotateTable(table: EncryptedTable, active: string, batch: number, report: RotationReport): Promise<void> {
  const { rowKey, columns } = ENCRYPTED_COLUMNS[table];
  const current = `v2:${active}:`;
  // Not on the active key: anything not starting with "v2:<active>:" (compared as a prefix, not with LIKE).
  const stale = (c: string) => `(${q(c)} IS NOT NULL AND left(${q(c)}, ${current.length}) <> $2)`;
  let after = "";
  for (;;) {
    const rows = await db.$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT ${q(rowKey)} AS "rowId", ${columns.map(q).join(", ")} FROM ${q(table)}
        WHERE ${q(rowKey)} > $1 AND (${columns.map(stale).join(" OR ")}) ORDER BY ${q(rowKey)} LIMIT ${batch}`,
      after,
      current,
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      const rowId = row.rowId!;
      for (const name of columns) {
        const stored = row[name];
        if (stored === null || stored.startsWith(current)) continue;
        const where = { table, column: name, rowId };
        const key = `${table}.${name}`;
        let fresh: string;
        try {
          fresh = encrypt(decrypt(stored, where), where);
        } catch {
          report.failed[key] = (report.failed[key] ?? 0) + 1; // left as it is; keyset paging moves past the row
          continue;
        }
        const changed = await db.$executeRawUnsafe(`UPDATE ${q(table)} SET ${q(name)} = $1 WHERE ${q(rowKey)} = $2 AND ${q(name)} = $3`, fresh, rowId, stored);
        if (changed === 1) report.rotated[key] = (report.rotated[key] ?? 0) + 1;
      }
    }
    after = rows[rows.length - 1].rowId!;
  }
}

async function reindexTable({ table, hash, plain }: (typeof BLIND_INDEXED_COLUMNS)[number], batch: number, report: RotationReport): Promise<void> {
  const { rowKey } = ENCRYPTED_COLUMNS[table];
  const key = `${table}.${hash}`;
  let after = "";
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ rowId: string; hash: string; plain: string }[]>(
      `SELECT ${q(rowKey)} AS "rowId", ${q(hash)} AS "hash", ${q(plain)} AS "plain" FROM ${q(table)}
        WHERE ${q(rowKey)} > $1 AND ${q(hash)} IS NOT NULL AND ${q(plain)} IS NOT NULL ORDER BY ${q(rowKey)} LIMIT ${batch}`,
      after,
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      let fresh: string;
      try {
        fresh = blindIndex(decrypt(row.plain, { table, column: plain, rowId: row.rowId }));
      } catch {
        report.failed[key] = (report.failed[key] ?? 0) + 1;
        continue;
      }
      if (fresh === row.hash) continue;
      // Conditional on both columns: a row given a new value meanwhile keeps it (and its index).
      const changed = await db.$executeRawUnsafe(
        `UPDATE ${q(table)} SET ${q(hash)} = $1 WHERE ${q(rowKey)} = $2 AND ${q(hash)} = $3 AND ${q(plain)} = $4`,
        fresh,
        row.rowId,
        row.hash,
        row.plain,
      );
      if (changed === 1) report.reindexed[key] = (report.reindexed[key] ?? 0) + 1;
    }
    after = rows[rows.length - 1].rowId;
  }
}

// Encrypted files (身份证照片) are rewritten under a new storage key; the row moves to it with a conditional update
// and the old bytes are deleted after (a crash in between leaves an orphan file, never a row without its file).
async function rotateFiles(active: string, storage: StorageDriver, batch: number, report: RotationReport): Promise<void> {
  const key = "UploadedFile.bytes";
  let after = "";
  for (;;) {
    const files = await db.uploadedFile.findMany({
      where: { encrypted: true, storage: storage.name, id: { gt: after } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, purpose: true, storageKey: true, mimeType: true },
    });
    if (files.length === 0) return;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readAll(await storage.read(file.storageKey));
      } catch {
        report.failed[key] = (report.failed[key] ?? 0) + 1;
        continue;
      }
      if (fileKeyIdOf(bytes) === active && bytes.subarray(0, 2).toString() === "E2") continue;
      let fresh: Buffer;
      try {
        fresh = encryptBytes(decryptBytes(bytes, fileContext(file.id)), fileContext(file.id));
      } catch {
        report.failed[key] = (report.failed[key] ?? 0) + 1;
        continue;
      }
      const newKey = `${file.purpose}/${randomBytes(18).toString("base64url")}`;
      await storage.put(newKey, fresh, file.mimeType);
      const moved = await db.uploadedFile.updateMany({ where: { id: file.id, storageKey: file.storageKey }, data: { storageKey: newKey } });
      if (moved.count === 1) {
        await storage.delete(file.storageKey);
        report.rotated[key] = (report.rotated[key] ?? 0) + 1;
      } else {
        await storage.delete(newKey);
      }
    }
    after = files[files.length - 1].id;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
