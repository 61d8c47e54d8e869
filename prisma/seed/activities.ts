// Step: 金融活动 — dates relative to the day of seeding so that "ongoing" activities stay open:
// 3 open for registration, 1 already full (registeredCount == capacity), 4 ended.
import { APPLICANTS } from "./people";
import { type Db, daysFrom, report, rng, seedId, userIdsByPhone } from "./util";

interface ActivitySpec {
  title: string;
  summary: string;
  body: string[];
  organizer: string;
  address: string;
  startInDays: number; // relative to today; negative = in the past
  hours: number;
  deadlineInDays: number;
  capacity: number;
  registrations: number; // attendees booked (REGISTERED); == capacity for the full one
}

const ACTIVITIES: ActivitySpec[] = [
  { title: "2026年天水市“政银企”融资对接会（秦州专场）", summary: "银行、担保、基金机构现场对接秦州区中小微企业融资需求。", organizer: "天水市人民政府金融工作办公室",
    address: "天水市秦州区藉河北路56号金融大厦3楼多功能厅", startInDays: 18, hours: 3, deadlineInDays: 14, capacity: 120, registrations: 37,
    body: ["为进一步畅通政银企沟通渠道，缓解中小微企业融资难、融资贵问题，市金融办联合人民银行天水市分行、秦州区人民政府举办本次融资对接会。",
      "活动将邀请甘肃银行、工商银行、建设银行、天水秦州农村合作银行等15家金融机构现场推介信贷产品，并设立一对一洽谈区，现场受理融资申请。",
      "欢迎有融资需求的企业、个体工商户报名参加。请携带营业执照复印件和企业简介，报名后工作人员将与您电话确认。"] },
  { title: "首贷服务进园区——麦积经济技术开发区专场", summary: "首贷服务中心走进园区，为从未获得贷款的企业提供“一站式”首贷服务。", organizer: "天水市首贷服务中心",
    address: "天水市麦积区经济技术开发区管委会二楼会议室", startInDays: 25, hours: 2, deadlineInDays: 22, capacity: 60, registrations: 12,
    body: ["首贷难是小微企业融资的“第一道门槛”。为帮助园区企业获得首笔贷款，市首贷服务中心组织多家银行走进麦积经济技术开发区开展专场服务。",
      "现场将讲解首贷贴息、创业担保贷款、无还本续贷等政策，银行客户经理将为企业逐户分析融资条件、匹配产品。",
      "参会企业可现场通过平台发布首贷需求，服务中心将跟踪对接直至放款。"] },
  { title: "知识产权质押融资政策宣讲会", summary: "解读知识产权质押融资贴息和风险补偿政策，现场对接评估机构和银行。", organizer: "天水市知识产权运营服务中心",
    address: "天水市秦州区岷玉路10号科技大厦3层报告厅", startInDays: 40, hours: 2, deadlineInDays: 35, capacity: 80, registrations: 9,
    body: ["为帮助科技型企业盘活知识产权“无形资产”，本次宣讲会将系统解读知识产权质押融资贴息、评估费补贴和风险补偿政策。",
      "中国银行、甘肃银行和天水市融资担保有限公司将介绍知识产权质押贷款产品和办理流程，评估机构现场提供免费咨询。"] },
  { title: "乡村振兴金融服务进村入户——武山县专场", summary: "农户信用贷款、蔬菜产业贷现场授信活动，名额已满。", organizer: "武山县农村信用合作联社",
    address: "天水市武山县洛门镇人民政府会议室", startInDays: 9, hours: 3, deadlineInDays: 6, capacity: 20, registrations: 20,
    body: ["为支持高原夏菜产业发展，武山县农村信用合作联社联合洛门镇人民政府开展金融服务进村入户活动。",
      "活动现场开展农户信用评级和整村授信，符合条件的农户可当场获得信用贷款额度。因场地限制，本场活动限20人参加。"] },
  { title: "2026年上半年金融助企纾困政策解读会", summary: "解读各项减费让利、续贷和贴息政策。", organizer: "天水市人民政府金融工作办公室",
    address: "天水市秦州区民主西路26号甘肃银行天水分行培训中心", startInDays: -160, hours: 3, deadlineInDays: -165, capacity: 150, registrations: 52,
    body: ["会议解读了2026年稳经济一揽子金融政策，包括无还本续贷、首贷贴息、创业担保贷款扩面和转贷应急资金使用办法。",
      "各银行介绍了普惠金融重点产品，近百家企业代表参加，现场达成融资意向2.3亿元。"] },
  { title: "股权融资路演暨项目对接会（第三期）", summary: "8个优质项目现场路演，6家投资机构点评对接。", organizer: "天水市产业引导基金管理有限公司",
    address: "天水市秦州区成纪大道东段66号丝路大厦路演厅", startInDays: -95, hours: 4, deadlineInDays: -100, capacity: 100, registrations: 45,
    body: ["本期路演聚焦电子信息、新材料和现代农业领域，8家企业分别进行了15分钟项目展示，投资机构代表逐一点评。",
      "会后有3个项目与投资机构签署了投资意向书，平台将持续跟踪项目融资进展。"] },
  { title: "个体工商户金融服务月启动仪式", summary: "推出商户专属信贷产品，开展“信用商户”评定。", organizer: "天水市市场监督管理局、天水市人民政府金融工作办公室",
    address: "天水市秦州区大众路168号天水秦州农村合作银行营业部", startInDays: -260, hours: 2, deadlineInDays: -264, capacity: 200, registrations: 64,
    body: ["金融服务月期间，各银行推出商户专属贷款、收单费率优惠等措施，并对诚信经营的个体工商户开展“信用商户”评定。",
      "启动仪式上，天水秦州农村合作银行等机构向首批50户信用商户授信共计1500万元。"] },
  { title: "2025年天水市金融知识普及月暨防范非法集资宣传活动", summary: "普及金融知识，提高群众防范非法集资和电信诈骗意识。", organizer: "天水市人民政府金融工作办公室",
    address: "天水市秦州区中心广场", startInDays: -420, hours: 4, deadlineInDays: -425, capacity: 300, registrations: 0,
    body: ["活动通过展板、情景剧和现场答疑等形式，向市民宣传理性投资、防范非法集资和电信网络诈骗知识。",
      "各金融机构设立咨询台，发放宣传资料2万余份，现场接受群众咨询800余人次。"] },
];

export async function seedActivities(db: Db): Promise<void> {
  const today = new Date();
  const users = await userIdsByPhone(db, APPLICANTS.map((a) => a.phone));
  const r = rng(20260305);
  const activities = [];
  const registrations = [];
  for (const [i, a] of ACTIVITIES.entries()) {
    const id = seedId(`activity:${i}`);
    const startAt = daysFrom(today, a.startInDays, 9, 30);
    const created = daysFrom(today, Math.min(a.deadlineInDays, a.startInDays) - 60, 10);
    activities.push({
      id, title: a.title, summary: a.summary, body: a.body.join("\n\n"), organizer: a.organizer, address: a.address,
      startAt, endAt: new Date(startAt.getTime() + a.hours * 3600_000),
      registrationDeadline: daysFrom(today, a.deadlineInDays, 18),
      capacity: a.capacity, registeredCount: a.registrations, status: "PUBLISHED" as const,
      publishedAt: created, createdAt: created, updatedAt: created,
    });
    // Distribute the booked attendees over distinct applicants (1–3 each); add one cancelled registration.
    let remaining = a.registrations;
    const people = [...APPLICANTS].sort(() => r.next() - 0.5);
    let k = 0;
    for (; remaining > 0; k++) {
      const person = people[k];
      if (!person) throw new Error(`Not enough applicants to book ${a.registrations} places for ${a.title}`);
      const left = people.length - k - 1;
      const attendees = Math.min(remaining, Math.max(1, Math.ceil(remaining / Math.max(1, left)), r.int(1, 3)));
      remaining -= attendees;
      registrations.push({
        id: seedId(`activity:${i}:registration:${k}`), activityId: id, userId: users.get(person.phone)!, name: person.name, phone: person.phone,
        organization: person.enterprise?.name ?? "个体经营", attendees, status: "REGISTERED" as const,
        createdAt: daysFrom(today, Math.min(a.deadlineInDays, 0) - r.int(1, 20), r.int(9, 17)), cancelledAt: null,
      });
    }
    const person = people[k];
    if (person && a.registrations > 0) {
      const when = daysFrom(today, Math.min(a.deadlineInDays, 0) - r.int(1, 10), 10);
      registrations.push({
        id: seedId(`activity:${i}:registration:${k}`), activityId: id, userId: users.get(person.phone)!, name: person.name, phone: person.phone,
        organization: person.enterprise?.name ?? "个体经营", attendees: 1, status: "CANCELLED" as const,
        createdAt: when, cancelledAt: new Date(when.getTime() + 3600_000),
      });
    }
  }
  const { count } = await db.activity.createMany({ data: activities, skipDuplicates: true });
  await db.activityRegistration.createMany({ data: registrations, skipDuplicates: true });
  report("activities", activities.length, count, "activities", `${registrations.length} registrations`);
}
