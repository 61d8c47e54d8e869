// The one wording of a product's state in 产品管理 and 产品审核.
export function productStatusLabel(p: { status: string; reviewStatus: string | null }): string {
  if (p.reviewStatus === "PENDING") return "待审核";
  if (p.reviewStatus === "RETURNED") return "已退回";
  return p.status === "PUBLISHED" ? "已发布" : p.status === "ARCHIVED" ? "已下架" : "草稿";
}
