// A record's 封面图片 as the public pages show it (the PUBLIC image at /files/<fileId> and its 图片说明).
export interface Cover {
  fileId: string;
  alt: string;
}

export function coverOf(row: { coverFileId: string | null; coverAlt: string | null }): Cover | null {
  return row.coverFileId ? { fileId: row.coverFileId, alt: row.coverAlt ?? "" } : null;
}
