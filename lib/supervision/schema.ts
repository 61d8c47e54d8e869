import { z } from "zod";
import { uploadShape } from "@/lib/uploads/shape";
import { InstitutionType } from "@/lib/generated/prisma/enums";
import { REGIONS } from "@/lib/reference";
import { mobileSchema, personNameSchema } from "@/lib/validation/common";
import { declarationSchema, optionalText, requiredText } from "@/lib/validation/fields";

// The forms of 金融办 supervision (机构管理, 机构人员, 用户管理), shared by the browser and the actions.

const text = (label: string, min: number, max: number) => requiredText(label, max, { min });

function choices<T extends string>(values: readonly T[], message: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values as [T, ...T[]], { error: message })).min(1, message).transform((list) => [...new Set(list)]),
  );
}

// 机构: 名称, 机构类型, 服务区域, 联系电话, 标识 (logo text of the card badge), 机构介绍, 地址.
export const institutionSchema = z.object({
  name: text("机构名称", 2, 60),
  type: z.enum(InstitutionType, { error: "请选择机构类型" }),
  serviceRegions: choices(REGIONS.map((r) => r.value), "请选择服务区域"),
  contactPhone: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v === "" || /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,4}-?\d{3,4}-?\d{4})$/.test(v), "请输入正确的联系电话，如 0938-8211234 或手机号")
    .transform((v) => (v === "" ? null : v)),
  logoText: optionalText("机构标识", 4),
  // 机构标志: a PUBLIC image (lib/uploads/cover.ts resolveImageField); 移除标志 drops it without JavaScript.
  ...uploadShape("logo"),
  logoRemove: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
  address: optionalText("地址", 120),
  description: optionalText("机构介绍", 2000),
});
export type InstitutionInput = z.output<typeof institutionSchema>;

export const STAFF_ROLES = [
  { value: "MANAGER", label: "管理员" },
  { value: "CLERK", label: "业务员" },
] as const;
export type StaffRoleValue = (typeof STAFF_ROLES)[number]["value"];

// 新增机构人员: 手机号, 姓名, 角色. The password is generated and sent by SMS (never typed by the admin).
export const staffSchema = z.object({
  phone: mobileSchema,
  name: personNameSchema,
  staffRole: z.enum(["MANAGER", "CLERK"], { error: "请选择角色" }),
});
export type StaffInput = z.output<typeof staffSchema>;

// 停用 / 启用 with the reason the account holder reads on the login page.
export const disableSchema = z.object({ reason: text("停用原因", 2, 200) });
export const enableSchema = z.object({ reason: optionalText("备注", 200) });

// Irreversible steps of the console ask for a ticked confirmation, checked again by the server: 重置密码 (the old
// password stops working, every session ends) and 下架机构 (the institution and all its products leave every
// public page at once).
export const resetStaffSchema = z.object({ confirm: declarationSchema("请确认重置该账号的密码") });
export const unpublishInstitutionSchema = z.object({ confirm: declarationSchema("请确认下架该机构") });
export const publishInstitutionSchema = z.object({});

// 审计日志 → 操作人手机号: posted, never a query string (lib/supervision/audit-queries.ts). The page's other filters
// ride along (hidden) so that the redirect keeps them; the server checks them again.
const filterValue = z.string().max(80).optional();
export const auditActorSchema = z.object({ actorPhone: mobileSchema, action: filterValue, from: filterValue, to: filterValue });
