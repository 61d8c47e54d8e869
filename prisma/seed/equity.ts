// Step: 股权融资 — equity projects of seeded enterprises (the 6 investment institutions are reference
// institutions, see institution-data.ts) and a few 约谈 requests.
import type { EquityProjectStatus, MeetingStatus } from "@/lib/generated/prisma/enums";
import { demoAccount } from "./accounts";
import { APPLICANTS, type Applicant } from "./people";
import { cst, type Db, institutionIdsByName, report, seedId, userIdsByPhone } from "./util";

interface ProjectSpec {
  owner: string; // enterprise name of a seeded applicant
  name: string; // ≤ 15 characters
  amount: number;
  industry: string;
  status: EquityProjectStatus;
  date: string;
  introduction: string;
  financingNeeds: string;
  coreStrengths: string;
}

const PROJECTS: ProjectSpec[] = [
  { owner: "天水华信电子科技有限公司", name: "高可靠集成电路封装测试线扩建", amount: 3000, industry: "电子信息", status: "PUBLISHED", date: "2025-03-18",
    introduction: "公司成立于2012年，位于麦积区社棠工业园，主要从事功率器件和传感器芯片的封装测试，产品应用于汽车电子、工业控制和新能源领域，现有员工260人，2024年营业收入1.8亿元。本项目拟新建一条车规级高可靠封装测试线，新增年产能3亿只，项目建成后预计新增年营业收入1.2亿元。\n\n项目已完成可行性研究和环评备案，厂房由园区代建，预计建设期18个月。",
    financingNeeds: "拟出让不超过15%股权融资3000万元，其中设备购置2200万元、研发投入500万元、补充流动资金300万元。希望引入具有半导体产业背景的投资机构，协助对接下游整车和工控客户。",
    coreStrengths: "拥有发明专利12项、实用新型专利46项，通过IATF 16949汽车质量体系认证；核心团队来自国内头部封测企业，平均从业年限15年以上。" },
  { owner: "天水智远软件科技有限公司", name: "智慧农业物联网云平台", amount: 800, industry: "软件和信息技术服务", status: "PUBLISHED", date: "2025-05-09",
    introduction: "智慧农业物联网云平台面向果园、蔬菜大棚和养殖场，提供环境监测、水肥一体化控制、病虫害预警和农产品溯源服务。平台已在秦州、麦积、武山等地接入果园和大棚1.2万亩，服务合作社86家。\n\n公司为国家科技型中小企业，拥有软件著作权28项。",
    financingNeeds: "拟融资800万元，出让股权10%，用于平台功能迭代、边缘计算网关研发和省内市场推广，计划两年内接入面积突破10万亩。",
    coreStrengths: "深耕本地农业场景，数据模型经过五个种植季验证；与市农业农村局和多家合作社建立长期合作；硬件成本较同类方案低30%。" },
  { owner: "天水金盛新材料有限公司", name: "高性能铝基复合材料产业化", amount: 5000, industry: "新材料", status: "PUBLISHED", date: "2025-08-22",
    introduction: "项目以公司与兰州理工大学联合研发的颗粒增强铝基复合材料技术为基础，产品可用于轨道交通、电子散热和轻量化汽车零部件。中试线已稳定运行一年，产品通过下游客户验证。\n\n项目拟在麦积区建设年产3000吨复合材料生产线。",
    financingNeeds: "本轮拟融资5000万元，出让股权20%，资金用于生产线建设、检测中心建设和市场开拓；欢迎产业资本和政府引导基金参与。",
    coreStrengths: "掌握粉末冶金与搅拌铸造两条工艺路线，拥有发明专利9项；产品导热率和比强度指标达到国内先进水平，已获得两家上市公司小批量订单。" },
  { owner: "天水瑞丰果业有限公司", name: "花牛苹果精深加工及冷链项目", amount: 2000, industry: "农副食品加工", status: "PUBLISHED", date: "2025-10-13",
    introduction: "公司是市级农业产业化重点龙头企业，年收购花牛苹果3万吨，带动周边果农4200户。项目拟建设年产5000吨苹果脆片、浓缩果汁生产线和1万吨气调冷库，延长产业链、提升附加值。",
    financingNeeds: "拟融资2000万元，出让股权12%，用于加工生产线和气调冷库建设，并建设电商直播基地。",
    coreStrengths: "拥有“花牛”地理标志产品授权使用资格和稳定的基地货源；与国内三家大型商超签订长期供货协议；冷链物流网络覆盖西北五省。" },
  { owner: "天水宏达机械制造有限公司", name: "智能数控机床核心部件研发", amount: 1500, industry: "装备制造", status: "PUBLISHED", date: "2026-01-20",
    introduction: "公司专注数控机床主轴、刀塔和精密丝杠等核心功能部件，为天水及国内机床整机企业配套。本项目研发高速电主轴和动力刀塔两类产品，替代进口、降低整机成本。",
    financingNeeds: "拟融资1500万元，用于研发中心建设、精密检测设备购置和样机试制，出让股权不超过10%。",
    coreStrengths: "依托天水机床产业基础，团队拥有30年功能部件研制经验；已获省级专精特新中小企业认定，关键精度指标达到进口同类产品水平。" },
  { owner: "天水陇韵文化旅游发展有限公司", name: "伏羲文化数字文旅体验园", amount: 4000, industry: "文化旅游", status: "PUBLISHED", date: "2026-04-07",
    introduction: "项目位于秦州区，以伏羲文化和秦早期文化为主题，运用数字光影、沉浸式演艺和互动体验技术，打造夜游、研学和文创消费相结合的文旅综合体，预计年接待游客60万人次。",
    financingNeeds: "拟融资4000万元，用于数字展陈、沉浸式剧场和文创商业街区建设，欢迎文旅产业基金和战略投资者参与。",
    coreStrengths: "项目已纳入市级重点文旅项目库，取得土地和规划批复；运营团队具有多个5A级景区运营经验；与本地高校共建研学基地。" },
  { owner: "天水康泰医药有限公司", name: "陇药中药饮片智能化生产线", amount: 2500, industry: "医药", status: "PENDING_REVIEW", date: "2026-11-10",
    introduction: "公司拟利用甘肃道地药材资源，建设党参、黄芪、当归等中药饮片智能化生产线，实现从产地初加工到饮片生产的全程质量追溯，年产饮片3000吨。",
    financingNeeds: "拟融资2500万元，出让股权15%，用于GMP车间改造、智能化设备购置和药材基地建设。",
    coreStrengths: "与武山、漳县等地药材合作社建立订单种植关系；持有药品生产许可证；核心质量负责人具有20年中药饮片生产管理经验。" },
  { owner: "秦安县鑫源果品冷链物流有限公司", name: "秦安果品产地冷链集配中心", amount: 1200, industry: "交通运输、仓储和物流", status: "PENDING_REVIEW", date: "2026-11-18",
    introduction: "项目拟在秦安县建设果品产地冷链集配中心，包括2万吨冷库、分拣包装线和冷链运输车队，服务秦安蜜桃、苹果等果品的产地预冷、分级和外销。",
    financingNeeds: "拟融资1200万元，出让股权18%，用于冷库建设和冷藏车辆购置。",
    coreStrengths: "企业扎根秦安果品流通十余年，拥有稳定的客商网络；项目选址紧邻高速出口，物流成本优势明显。" },
];

const MEETINGS: { requester: number; fund?: string; project?: number; status: MeetingStatus; reply?: string; date: string }[] = [
  { requester: 17, fund: "天水市产业引导基金管理有限公司", status: "PENDING", date: "2026-11-12" },
  { requester: 22, fund: "天水市产业引导基金管理有限公司", status: "ACCEPTED", reply: "您好，请于下周二上午到我司会议室面谈，届时请携带公司简介和财务报表。", date: "2026-10-28" },
  { requester: 26, project: 0, status: "DONE", reply: "已完成线下交流，后续将安排尽职调查。", date: "2025-06-03" },
  { requester: 2, fund: "天水陇上科技创业投资有限公司", status: "DECLINED", reply: "感谢关注，贵项目暂不在本基金的投资领域内。", date: "2025-12-15" },
];

// 投资案例 shown on 基金详情 (title, summary, year).
const FUND_CASES: [string, [string, string, number][]][] = [
  ["天水市产业引导基金管理有限公司", [
    ["天水华天电子配套产业子基金", "参股设立规模10亿元的集成电路封测产业子基金，带动社会资本投资本地封测配套企业7家。", 2021],
    ["甘肃某数控装备股份有限公司", "直接投资3000万元支持高档数控机床研发，企业于2024年完成新一轮融资。", 2023],
  ]],
  ["天水陇上科技创业投资有限公司", [
    ["天水某工业软件科技有限公司", "天使轮投资800万元，企业两年内营业收入增长三倍，获评省级专精特新企业。", 2022],
    ["天水某生物医药科技有限公司", "A轮领投1500万元，支持中药新药临床前研究。", 2024],
  ]],
  ["天水乡村振兴产业投资基金合伙企业（有限合伙）", [
    ["秦安某果品加工有限公司", "投资2000万元建设苹果精深加工线，带动周边果农1800户增收。", 2023],
  ]],
  ["丝路天水股权投资基金管理有限公司", [
    ["天水某文旅发展有限公司", "投资5000万元参与古城夜游项目建设，项目年接待游客超40万人次。", 2022],
  ]],
  ["天水电子信息产业投资基金管理有限公司", [
    ["天水某电子元器件有限公司", "投资6000万元支持片式电感扩产，新增年产能50亿只。", 2021],
  ]],
  ["天水绿色低碳产业投资基金管理有限公司", [
    ["甘谷某光伏支架制造有限公司", "投资2500万元支持光伏支架智能化生产线建设。", 2023],
  ]],
];

export async function seedEquity(db: Db): Promise<void> {
  const ownerOf = (enterpriseName: string): Applicant => {
    const owner = APPLICANTS.find((a) => a.enterprise?.name === enterpriseName);
    if (!owner) throw new Error(`No seeded enterprise ${enterpriseName}`);
    return owner;
  };
  const adminPhone = demoAccount("admin").phone;
  const users = await userIdsByPhone(db, [adminPhone, ...APPLICANTS.map((a) => a.phone)]);
  const adminId = users.get(adminPhone) ?? null;
  const rows = PROJECTS.map((p, i) => {
    const owner = ownerOf(p.owner);
    const created = cst(p.date, 10);
    const reviewed = p.status === "PUBLISHED";
    return {
      id: seedId(`equity:${i}`),
      ownerId: users.get(owner.phone)!,
      name: p.name,
      amount: p.amount,
      industry: p.industry,
      introduction: p.introduction,
      financingNeeds: p.financingNeeds,
      coreStrengths: p.coreStrengths,
      contactName: owner.name,
      contactPhone: owner.phone,
      enterpriseName: owner.enterprise!.name,
      uscc: owner.enterprise!.uscc,
      status: p.status,
      reviewComment: reviewed ? "项目信息完整，同意发布" : null,
      reviewedById: reviewed ? adminId : null,
      reviewedAt: reviewed ? cst(p.date, 16) : null,
      publishedAt: reviewed ? cst(p.date, 16) : null,
      createdAt: created,
      updatedAt: reviewed ? cst(p.date, 16) : created,
    };
  });
  const { count } = await db.equityProject.createMany({ data: rows, skipDuplicates: true });
  report("equity projects", rows.length, count, "projects");

  const institutions = await institutionIdsByName(db);
  const meetings = MEETINGS.map((m, i) => {
    const requester = APPLICANTS.find((a) => a.index === m.requester)!;
    return {
      id: seedId(`meeting:${i}`),
      requesterId: users.get(requester.phone)!,
      projectId: m.project !== undefined ? rows[m.project].id : null,
      institutionId: m.fund ? institutions.get(m.fund)!.id : null,
      contactName: requester.name,
      contactPhone: requester.phone,
      status: m.status,
      openKey: m.status === "PENDING" || m.status === "ACCEPTED" ? `${users.get(requester.phone)!}:${m.fund ? "fund" : "project"}:${m.fund ? institutions.get(m.fund)!.id : rows[m.project!].id}` : null,
      reply: m.reply ?? null,
      createdAt: cst(m.date, 11),
      updatedAt: cst(m.date, m.reply ? 17 : 11),
    };
  });
  const meetingsCreated = await db.meetingRequest.createMany({ data: meetings, skipDuplicates: true });
  report("meeting requests", meetings.length, meetingsCreated.count, "meeting requests");

  // The history of each seeded project: submitted, and reviewed by the admin when published.
  const events = rows.flatMap((r, i) => [
    { id: seedId(`equity-event:${i}:0`), projectId: r.id, kind: "SUBMITTED" as const, actorId: r.ownerId, createdAt: r.createdAt },
    ...(r.status === "PUBLISHED" ? [{ id: seedId(`equity-event:${i}:1`), projectId: r.id, kind: "APPROVED" as const, actorId: adminId, comment: r.reviewComment, createdAt: r.publishedAt! }] : []),
  ]);
  const eventsCreated = await db.equityProjectEvent.createMany({ data: events, skipDuplicates: true });
  report("equity project events", events.length, eventsCreated.count, "events");

  const cases = FUND_CASES.flatMap(([fund, list]) =>
    list.map(([title, summary, year], position) => ({ id: seedId(`fund-case:${fund}:${position}`), institutionId: institutions.get(fund)!.id, title, summary, year, position })),
  );
  const casesCreated = await db.fundCase.createMany({ data: cases, skipDuplicates: true });
  report("fund cases", cases.length, casesCreated.count, "cases");
}
