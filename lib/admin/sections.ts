// The sections of 管理后台 (金融办), in menu order. A new section is its folder under
// app/(admin)/admin/ and one entry here: the menu and the overview page list these.
export interface AdminSection {
  href: string;
  title: string;
  description: string;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: "/admin/statistics", title: "监管统计", description: "按时段、区县和机构类型查看申请、授信、放款、响应时间与需求对接情况，机构与区县排名，导出 Excel。" },
  { href: "/admin/content", title: "政策与新闻", description: "撰写、预览、发布、下架和置顶政策指南与新闻动态。" },
  { href: "/admin/activities", title: "金融活动", description: "发布活动，查看和导出报名名单，取消活动或报名。" },
  { href: "/admin/equity", title: "股权项目审核", description: "审核企业发布的股权融资项目：通过后公开发布，不通过时说明原因，已发布的项目可下架。" },
  { href: "/admin/institutions", title: "机构管理", description: "新增、编辑、发布和下架金融机构，管理机构人员账号。" },
  { href: "/admin/products", title: "产品审核", description: "审核机构提交的金融产品（通过或退回），下架任何产品。" },
  { href: "/admin/users", title: "用户管理", description: "按手机号或姓名查找用户，停用或启用账号。" },
  { href: "/admin/audit", title: "审计日志", description: "登录、认证、申请、文件下载与管理操作的记录，按操作人、类型和日期筛选。" },
  { href: "/admin/gov-data", title: "政务数据查询日志", description: "生成信用报告时向各政务数据源发出的查询：时间、数据源、用途、授权编号、查询机构、结果与耗时，按数据源和日期筛选。" },
  { href: "/admin/demands", title: "需求总览", description: "查看全部融资需求与首贷需求的对接情况，处理超时未接单的需求。" },
];
