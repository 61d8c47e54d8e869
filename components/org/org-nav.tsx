import { SectionNav } from "@/components/ui/section-nav";

// 约谈管理 only for investment institutions (基金).
export function OrgNav({ pendingQuestions, fund = false, pendingMeetings = 0 }: { pendingQuestions: number; fund?: boolean; pendingMeetings?: number }) {
  return (
    <SectionNav
      label="机构工作台菜单"
      root="/org"
      items={[
        { href: "/org", title: "工作台" },
        { href: "/org/applications", title: "申请管理" },
        { href: "/org/demands", title: "融资需求" },
        { href: "/org/products", title: "产品管理" },
        { href: "/org/consultations", title: "咨询回复", badge: { count: pendingQuestions, label: "条待回复" } },
        ...(fund ? [{ href: "/org/meetings", title: "约谈管理", badge: { count: pendingMeetings, label: "个待回复" } }] : []),
      ]}
    />
  );
}
