import { z } from "zod";

// The form schema's part for one upload field (shared by the browser and the action): the file posted
// without JavaScript in `<name>`, or the id of the file the control already uploaded in `<name>Id`.
// Both are optional here; lib/uploads/form.ts (`formUpload`) decides.
export const uploadIdField = (name: string) => `${name}Id`;

export function uploadShape<N extends string>(name: N): { [K in N]: z.ZodOptional<z.ZodUnknown> } & { [K in `${N}Id`]: z.ZodOptional<z.ZodString> } {
  return { [name]: z.unknown().optional(), [uploadIdField(name)]: z.string().max(40).optional() } as never;
}
