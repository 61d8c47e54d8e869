import { beforeAll, describe, expect, it } from "vitest";
import { apply, createdId, makeWorld, personalForm, type World } from "@/tests/helpers/application-fixtures";
import { db } from "@/lib/db";
import { exportMyApplications, myApplicationSheet } from "./export";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const cellValue = (cell: unknown) => (cell && typeof cell === "object" && "value" in cell ? (cell as { value: unknown }).value : cell);

describe("申请记录 → 导出 Excel", () => {
  it("holds the user's own applications with the manual's columns, and nobody else's", async () => {
    const mine = createdId(await apply(w.personal, w.personalProduct.id, personalForm({ amount: "12" })));
    const theirs = createdId(await apply(w.otherPersonal, w.personalProduct.id, personalForm()));
    const [mineNo, theirsNo] = await Promise.all(
      [mine, theirs].map(async (id) => (await db.loanApplication.findUniqueOrThrow({ where: { id } })).number),
    );

    const [header, ...rows] = await myApplicationSheet(w.personal);
    expect(header.map(cellValue)).toEqual([
      "申请编号", "金融机构", "机构类型", "产品名称", "申请金额（万元）", "申请期限（月）", "申请时间", "用途", "申贷状态", "授信额度（万元）", "放款/融资额度（万元）",
    ]);
    const numbers = rows.map((r) => cellValue(r[0]));
    expect(numbers).toContain(mineNo);
    expect(numbers).not.toContain(theirsNo);
    const row = rows.find((r) => cellValue(r[0]) === mineNo)!;
    expect(cellValue(row[4])).toBe(12);
    expect(cellValue(row[8])).toBe("待受理");
    expect(row[9]).toBeNull();

    const file = await exportMyApplications(w.personal);
    expect(file.body.subarray(0, 2).toString()).toBe("PK"); // an .xlsx is a zip
    expect(file.filename).toMatch(/^申请记录-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it("is empty (header only) for an account without applications", async () => {
    expect(await myApplicationSheet(w.staffA)).toHaveLength(1);
  });
});
