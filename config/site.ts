// Site-wide navigation and identity, in the manual's order.
export const siteConfig = {
  name: "天水市智慧金融服务平台",
  englishName: "TIANSHUI SMART FINANCIAL SERVICE PLATFORM",
  description:
    "天水市智慧金融服务平台整合天水市金融服务资源，提供金融产品查询与在线申请、融资需求发布、首贷续贷服务、股权融资对接、金融活动报名与金融政策资讯，缓解中小微企业融资难、融资贵问题。",
  url: process.env.SITE_URL ?? "http://localhost:3000",
  mainNav: [
    { title: "首页", href: "/" },
    { title: "金融超市", href: "/products" },
    { title: "金融机构", href: "/institutions" },
    { title: "首贷中心", href: "/first-loan" },
    { title: "续贷中心", href: "/renewal" },
    { title: "股权融资", href: "/equity" },
    { title: "转贷业务", href: "/bridge-loan" },
    { title: "金融活动", href: "/activities" },
    { title: "资讯动态", href: "/news/policies" },
  ],
} as const;
