import { z } from "zod";

// The form schema's part for one upload field (shared by the browser and the action): the file posted
// without JavaScript in `<name>`, or the id of the file the control already uploaded in `<name>Id`.
// Both are optional here; lib/uploads/form.ts (`formUpload`) decides.
export const uploadIdField = (name: string) => `${name}Id`;
// The stored file's own name, echoed with its id after a refusal so the control shows it (not a stand-in).
export const uploadNameField = (name: string) => `${name}Name`;

// The file a refused form echoed for the field `name` (its id, and its name), or null.
export function echoedUpload(values: Record<string, string | string[]> | undefined, name: string): { id: string; name?: string } | null {
  const id = values?.[uploadIdField(name)];
  if (typeof id !== "string" || !id) return null;
  const fileName = values?.[uploadNameField(name)];
  return typeof fileName === "string" && fileName ? { id, name: fileName } : { id };
}

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
