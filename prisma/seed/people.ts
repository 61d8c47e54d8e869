// Synthetic people and enterprises (deterministic): the demo enterprises, the ~30 applicants who own
// the historical applications, and extra registry enterprises for 企业认证.
import type { Gender, Region } from "@/lib/generated/prisma/enums";
import { birthDate, makeIdNumber, makeUscc, personName, rng, usccBody } from "./util";

export interface Enterprise {
  name: string;
  uscc: string;
  region: Region;
  industry: string;
  legalRepName: string;
  legalRepIdNumber: string;
  establishedOn: string;
}

export interface Applicant {
  index: number;
  phone: string;
  role: "PERSONAL" | "ENTERPRISE";
  name: string;
  gender: Gender;
  region: Region;
  idNumber: string;
  enterprise?: Enterprise;
}

/** 天水示范科技有限公司: the enterprise of the verified demo account 13800000002. */
export const DEMO_ENTERPRISE: Enterprise = {
  name: "天水示范科技有限公司",
  uscc: makeUscc("QINZHOU", "MA71TD6K5"),
  region: "QINZHOU",
  industry: "软件和信息技术服务",
  legalRepName: "王建国",
  legalRepIdNumber: makeIdNumber("QINZHOU", "19850315", 137),
  establishedOn: "2018-05-22",
};

/** The enterprise of the unverified demo account 13800000003; it is in the registry, so certification can succeed. */
export const DEMO_UNVERIFIED_ENTERPRISE: Enterprise = {
  name: "天水麦积新禾农业发展有限公司",
  uscc: makeUscc("MAIJI", "MA72H3Q8N"),
  region: "MAIJI",
  industry: "农业",
  legalRepName: "赵丽",
  legalRepIdNumber: makeIdNumber("MAIJI", "19900708", 246),
  establishedOn: "2021-03-16",
};

const COMPANIES: [string, Region, string][] = [
  ["天水恒达商贸有限公司", "QINZHOU", "批发和零售业"],
  ["天水瑞丰果业有限公司", "MAIJI", "农副食品加工"],
  ["天水华信电子科技有限公司", "MAIJI", "电子信息"],
  ["甘谷县椒香食品有限公司", "GANGU", "食品制造"],
  ["武山县绿源蔬菜有限公司", "WUSHAN", "农业"],
  ["秦安县鑫源果品冷链物流有限公司", "QINAN", "交通运输、仓储和物流"],
  ["清水县秦亭核桃开发有限公司", "QINGSHUI", "农副食品加工"],
  ["张家川县丰穗牧业有限公司", "ZHANGJIACHUAN", "畜牧业"],
  ["天水宏达机械制造有限公司", "MAIJI", "装备制造"],
  ["天水陇韵文化旅游发展有限公司", "QINZHOU", "文化旅游"],
  ["天水众诚建筑工程有限公司", "QINZHOU", "建筑业"],
  ["天水智远软件科技有限公司", "QINZHOU", "软件和信息技术服务"],
  ["天水金盛新材料有限公司", "MAIJI", "新材料"],
  ["天水康泰医药有限公司", "QINZHOU", "医药"],
  ["甘谷县兴旺建材有限公司", "GANGU", "建材"],
  ["天水伏羲餐饮管理有限公司", "QINZHOU", "住宿和餐饮业"],
];

// Registry-only enterprises: anyone may register with them and pass 企业认证.
const REGISTRY_ONLY: [string, Region, string][] = [
  ["天水长城电工器材有限公司", "QINZHOU", "电气机械"],
  ["天水麦积恒昌物流有限公司", "MAIJI", "交通运输、仓储和物流"],
  ["秦安县兴业小商品有限公司", "QINAN", "批发和零售业"],
  ["武山县温泉康养旅游有限公司", "WUSHAN", "文化旅游"],
  ["甘谷县大像山农业科技有限公司", "GANGU", "农业"],
  ["清水县轩辕中蜂养殖有限公司", "QINGSHUI", "畜牧业"],
  ["张家川县龙山皮毛制品有限公司", "ZHANGJIACHUAN", "皮革制品"],
  ["天水天光新能源有限公司", "MAIJI", "新能源"],
  ["天水秦州丝路文创有限公司", "QINZHOU", "文化创意"],
  ["天水同心医疗器械有限公司", "QINZHOU", "医疗器械"],
];

const REGION_CYCLE: Region[] = ["QINZHOU", "MAIJI", "QINAN", "GANGU", "WUSHAN", "QINGSHUI", "ZHANGJIACHUAN"];

function enterprise(r: ReturnType<typeof rng>, [name, region, industry]: [string, Region, string], rep: { name: string; id: string }): Enterprise {
  return {
    name,
    uscc: makeUscc(region, usccBody(r)),
    region,
    industry,
    legalRepName: rep.name,
    legalRepIdNumber: rep.id,
    establishedOn: `${r.int(2008, 2022)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`,
  };
}

function buildApplicants(): Applicant[] {
  const r = rng(20260301);
  const people: Applicant[] = [];
  const personalCount = 14;
  for (let i = 1; i <= personalCount + COMPANIES.length; i++) {
    const male = r.chance(0.6);
    const isEnterprise = i > personalCount;
    const company = isEnterprise ? COMPANIES[i - personalCount - 1] : undefined;
    const region = company ? company[1] : REGION_CYCLE[i % REGION_CYCLE.length];
    const seq = r.int(10, 99) * 10 + (male ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8]));
    const idNumber = makeIdNumber(region, birthDate(r).replace(/-/g, ""), seq);
    const name = personName(r, male);
    people.push({
      index: i,
      phone: `1390938${String(i).padStart(4, "0")}`,
      role: isEnterprise ? "ENTERPRISE" : "PERSONAL",
      name,
      gender: male ? "MALE" : "FEMALE",
      region,
      idNumber,
      enterprise: company ? enterprise(r, company, { name, id: idNumber }) : undefined,
    });
  }
  return people;
}

export const APPLICANTS: Applicant[] = buildApplicants();

function buildRegistryOnly(): Enterprise[] {
  const r = rng(20260302);
  return REGISTRY_ONLY.map((company) => {
    const male = r.chance(0.6);
    const rep = { name: personName(r, male), id: makeIdNumber(company[1], birthDate(r).replace(/-/g, ""), r.int(100, 998)) };
    return enterprise(r, company, rep);
  });
}

/** Every enterprise of the seeded registry (RegistryEnterprise), with the legal representative's plain id for tests. */
export const REGISTRY_ENTERPRISES: Enterprise[] = [
  DEMO_ENTERPRISE,
  DEMO_UNVERIFIED_ENTERPRISE,
  ...APPLICANTS.flatMap((a) => (a.enterprise ? [a.enterprise] : [])),
  ...buildRegistryOnly(),
];
