import { z } from "zod";
import { LoanMethod, ProductCategory, ProductTag, Region } from "@/lib/generated/prisma/enums";
import { declarationSchema, optionalText, requiredText } from "@/lib/validation/fields";

// 产品管理 (机构工作台): every field of a catalogue product, shared by the browser and the actions.

const text = (label: string, max: number) => requiredText(label, max);
const list = <T extends string>(values: Record<string, T>, message: string, min: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, { error: message })).min(min, message).transform((l) => [...new Set(l)]),
  );
const decimal = (label: string, min: number, max: number, places: number) =>
  z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => String(v).trim())
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(v), `${label}须为数字，最多${places}位小数`)
    .refine((v) => Number(v) >= min && Number(v) <= max, `${label}须在${min}至${max}之间`);

export const PRODUCT_FEATURE_VALUES = ["first-loan", "renewal"] as const;

export const productSchema = z
  .object({
    name: text("产品名称", 60),
    category: z.enum(ProductCategory, { error: "请选择类型（个人类/企业类）" }),
    tags: list(ProductTag, "请选择标签", 0),
    features: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(PRODUCT_FEATURE_VALUES)),
    ),
    methods: list(LoanMethod, "请选择至少一种融资方式", 1),
    minRate: decimal("最低利率", 0.01, 36, 4),
    maxAmount: decimal("最高额度", 0.01, 100000, 2),
    maxTermMonths: z
      .union([z.string(), z.number()], { error: "请输入最长期限" })
      .transform((v) => String(v).trim())
      .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 360, "最长期限须为1至360之间的整数（月）")
      .transform(Number),
    regions: list(Region, "请选择至少一个地区", 1),
    applicableArea: text("适用地区", 100),
    highlights: text("产品特点", 200),
    introduction: text("产品介绍", 2000),
    repaymentMethod: text("还款方式", 200),
    prepayment: text("提前还款", 200),
    ageRequirement: optionalText("年龄要求", 200),
    businessRequirement: optionalText("经营要求", 200),
    workRequirement: optionalText("工作要求", 200),
    assetRequirement: optionalText("资产要求", 200),
    incomeRequirement: optionalText("收入要求", 200),
    requiredMaterials: optionalText("所需材料", 1000),
  })
  .transform(({ features, ...v }) => ({ ...v, isFirstLoan: features.includes("first-loan"), isRenewal: features.includes("renewal") }));
export type ProductInput = z.output<typeof productSchema>;

export const reasonSchema = z.object({
  reason: z.string({ error: "请填写原因" }).trim().min(2, "原因至少2个字").max(200, "原因不能超过200个字"),
});

// 下架 of a published product (管理后台) also asks for a ticked confirmation, checked again by the server.
export const takeDownSchema = reasonSchema.extend({ confirm: declarationSchema("请确认下架该产品") });
