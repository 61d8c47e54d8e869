import { redirect } from "next/navigation";

// 资讯动态 is its two sections; the main navigation links 政策指南, the first of them.
export default function NewsPage() {
  redirect("/news/policies");
}
