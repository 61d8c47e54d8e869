// Prisma passes `contains` to ILIKE as is: % and _ typed by a user must match literally.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
