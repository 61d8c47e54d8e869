import { z } from "zod";

// The form schema's part for one upload field (shared by the browser and the action): the file posted
// without JavaScript in `<name>`, or the id of the file the control already uploaded in `<name>Id`.
// Both are optional here; lib/uploads/form.ts (`formUpload`) decides.
export const uploadIdField = (name: string) => `${name}Id`;

export function uploadShape<N extends string>(name: N): { [K in N]: z.ZodOptional<z.ZodUnknown> } & { [K in `${N}Id`]: z.ZodOptional<z.ZodString> } {
  return { [name]: z.unknown().optional(), [uploadIdField(name)]: z.string().max(40).optional() } as never;
}

// 封面图片 of an activity or a 资讯 item (管理后台): the upload (`cover` / `coverId`), its 图片说明 (required
// with a cover; checked by lib/uploads/cover.ts, which knows whether there is one) and 移除封面 (the no-JS way
// to drop the current cover).
export const COVER_ALT_MAX = 100;
export const coverShape = {
  ...uploadShape("cover"),
  coverAlt: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v.length <= COVER_ALT_MAX, `图片说明不能超过${COVER_ALT_MAX}个字`),
  coverRemove: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
};
