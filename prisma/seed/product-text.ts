// Detail text of seeded products (产品介绍, 还款方式, 提前还款, 准入条件, 所需材料), written per
// kind of product and filled with the product's own figures so that no two products read the same.
export type Profile =
  | "farmer" | "merchant" | "consumer" | "housing" | "salary" | "startup" | "smallbiz" | "tech"
  | "agribiz" | "supply" | "tax" | "renewal" | "firstloan" | "guarantee" | "insurance" | "microloan"
  | "policy" | "mortgage";

export interface Ctx {
  name: string;
  inst: string; // full institution name
  amount: number;
  term: number;
  rate: number;
  area: string;
  methods: string; // e.g. 信用、抵押
  note?: string;
}

export interface ProductText {
  introduction: string;
  repaymentMethod: string;
  prepayment: string;
  ageRequirement: string;
  businessRequirement: string;
  workRequirement: string;
  assetRequirement: string;
  incomeRequirement: string;
  requiredMaterials: string;
}

type Template = Omit<ProductText, "introduction"> & { intro: (c: Ctx) => string };

const fig = (c: Ctx) => `单户最高${c.amount}万元，期限最长${c.term}个月，年化利率${c.rate}%起`;
const ADULT = "18周岁（含）以上、具有完全民事行为能力的中国公民";
const ADULT_65 = "18周岁（含）至65周岁（含），具有完全民事行为能力";
const ENTERPRISE_AGE = "企业实际控制人年龄在18周岁（含）至65周岁（含）之间";
const CREDIT_OK = "借款人及实际控制人征信良好，近两年无连续逾期记录，当前无被执行信息";

const T: Record<Profile, Template> = {
  farmer: {
    intro: (c) => `${c.name}是${c.inst}面向${c.area}辖内农户推出的普惠信贷产品，以农户信用评级和“整村授信”结果为基础，${fig(c)}，一次核定、随用随贷、余额控制、周转使用，主要用于种植、养殖、农产品加工和农村个体经营的资金需求。`,
    repaymentMethod: "按季付息、到期还本，或按月等额本息，具体在借款合同中约定。",
    prepayment: "允许提前还款，不收取违约金。",
    ageRequirement: ADULT_65,
    businessRequirement: "从事种植、养殖或农村个体经营满1年，生产经营正常",
    workRequirement: "户籍或常住地在本行服务区域内",
    assetRequirement: "家庭拥有稳定住所和必要的生产资料",
    incomeRequirement: "家庭年收入能够覆盖贷款本息，无不良信用记录",
    requiredMaterials: "借款申请书、借款人及配偶身份证、户口簿、婚姻状况证明、种养殖或经营情况证明、本行要求的其他材料。",
  },
  merchant: {
    intro: (c) => `${c.name}是${c.inst}为${c.area}个体工商户和小微商户量身定制的经营性贷款，结合商户收单流水、纳税和经营年限综合授信，${fig(c)}，线上申请、快速审批，满足进货备货、店面装修和日常周转需要。`,
    repaymentMethod: "按月付息、到期还本；支持随借随还，按实际用款天数计息。",
    prepayment: "支持随时提前还款，无额外费用。",
    ageRequirement: ADULT_65,
    businessRequirement: "持有有效营业执照，实际经营满1年，经营场所固定",
    workRequirement: "经营者本人实际参与经营管理",
    assetRequirement: "经营资产与负债结构合理，无重大涉诉",
    incomeRequirement: "近12个月经营流水稳定，能够覆盖贷款本息",
    requiredMaterials: "借款申请书、营业执照、经营者及配偶身份证、近12个月银行流水或收单流水、经营场所租赁合同或产权证明。",
  },
  consumer: {
    intro: (c) => `${c.name}是${c.inst}推出的个人综合消费贷款，可用于购车、装修、教育、医疗、旅游等合法消费用途，${fig(c)}，手机银行在线申请，额度循环使用。`,
    repaymentMethod: "等额本息或等额本金，按月还款；循环额度项下可按月付息、到期还本。",
    prepayment: "放款满3个月后可提前还款，不收取违约金。",
    ageRequirement: "22周岁（含）至60周岁（含）",
    businessRequirement: "不得用于购房、证券、期货及其他投资性用途",
    workRequirement: "有稳定职业，在现单位连续工作满1年",
    assetRequirement: "个人信用状况良好，负债水平合理",
    incomeRequirement: "月收入不低于3000元，收入稳定可查",
    requiredMaterials: "借款申请书、身份证、收入证明或近6个月工资流水、消费用途证明材料（合同或发票）。",
  },
  housing: {
    intro: (c) => `${c.name}是${c.inst}为${c.area}居民购买自住住房或装修提供的个人贷款，${fig(c)}，以所购住房作抵押，首付比例和利率执行当地最新政策，支持商业贷款与公积金组合贷款。`,
    repaymentMethod: "等额本息或等额本金，按月还款。",
    prepayment: "允许提前部分或全部还款，需提前15个工作日向经办行预约。",
    ageRequirement: "18周岁（含）以上，借款人年龄与贷款期限之和不超过70年",
    businessRequirement: "具有真实的购房或装修合同",
    workRequirement: "有稳定职业和收入来源",
    assetRequirement: "能够支付规定比例的首付款，所购房产可依法办理抵押",
    incomeRequirement: "月还款额不超过家庭月收入的50%",
    requiredMaterials: "借款申请书、身份证、户口簿、婚姻证明、购房合同或装修合同、首付款证明、收入证明、房产抵押相关材料。",
  },
  salary: {
    intro: (c) => `${c.name}是${c.inst}面向机关事业单位、国有企业及优质企业在职员工的纯信用消费贷款，无需抵押担保，${fig(c)}，全流程线上办理，最快当天到账。`,
    repaymentMethod: "按月等额本息，或按月付息、到期还本。",
    prepayment: "支持提前还款，不收取违约金。",
    ageRequirement: "22周岁（含）至58周岁（含）",
    businessRequirement: "工作单位为本行准入的机关事业单位、国有企业或优质企业",
    workRequirement: "在现单位连续缴纳公积金或社保满12个月",
    assetRequirement: "征信良好，无不良记录，信用卡及贷款负债合理",
    incomeRequirement: "通过本行代发工资或可查询公积金缴存基数",
    requiredMaterials: "身份证、工作证明、公积金或社保缴存证明（线上授权查询可免交）。",
  },
  startup: {
    intro: (c) => `${c.name}是${c.inst}落实创业担保贷款政策推出的产品，由天水市创业担保贷款担保基金提供担保，财政按规定贴息，${fig(c)}，支持高校毕业生、返乡创业人员、退役军人、就业困难人员等自主创业。`,
    repaymentMethod: "按季付息、到期一次还本，或分期还本，具体在合同中约定。",
    prepayment: "允许提前还款，不收取违约金；提前还款后贴息按实际用款期限计算。",
    ageRequirement: "18周岁（含）至60周岁（含），具有完全民事行为能力",
    businessRequirement: "创办的经营实体已取得营业执照或在筹办中，经人社部门审核符合创业担保贷款条件",
    workRequirement: "属于政策规定的创业担保贷款扶持对象",
    assetRequirement: "本人及家庭成员（配偶）除住房贷款、助学贷款等外无其他商业贷款",
    incomeRequirement: "创业项目具有稳定的预期收入，能够按期还本付息",
    requiredMaterials: "创业担保贷款申请表、身份证、户口簿、营业执照、人社部门出具的资格审核意见、创业项目计划书。",
  },
  smallbiz: {
    intro: (c) => `${c.name}是${c.inst}面向${c.area}小微企业的流动资金贷款，根据企业纳税、结算、征信等数据综合授信，${fig(c)}，担保方式为${c.methods}，支持线上申请、线下审批快速放款。`,
    repaymentMethod: "按月付息、到期还本，或按季分期还本，可在额度有效期内循环使用。",
    prepayment: "允许提前还款，按实际用款天数计息。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "依法注册并正常经营满2年，符合国家产业政策，属于工信部认定的小微企业",
    workRequirement: "企业在本行开立结算账户，经营场所固定",
    assetRequirement: "资产负债率不超过70%，无欠缴税款",
    incomeRequirement: "近一年营业收入不低于贷款金额的1.5倍",
    requiredMaterials: "借款申请书、营业执照、公司章程、法定代表人及实际控制人身份证、近两年财务报表、近一年纳税证明、近6个月银行流水。",
  },
  tech: {
    intro: (c) => `${c.name}是${c.inst}支持科技型中小企业的专属信贷产品，以企业创新能力、知识产权和研发投入为核心授信依据，可采用专利权、商标权质押或纯信用方式，${fig(c)}，并可叠加政府风险补偿和贴息政策。`,
    repaymentMethod: "按月付息，到期还本或分期还本。",
    prepayment: "允许提前还款，不收取违约金。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "属于高新技术企业、科技型中小企业或专精特新企业，正常经营满1年",
    workRequirement: "拥有自主知识产权，研发人员占比不低于10%",
    assetRequirement: "质押的知识产权权属清晰、在有效期内，评估价值可覆盖贷款",
    incomeRequirement: "研发投入占营业收入比例不低于3%，主营业务收入稳定增长",
    requiredMaterials: "借款申请书、营业执照、高新技术企业或科技型中小企业证书、知识产权证书及评估报告、近两年财务报表。",
  },
  agribiz: {
    intro: (c) => `${c.name}是${c.inst}面向家庭农场、农民专业合作社和农业产业化龙头企业推出的贷款产品，支持苹果、蔬菜、花椒、中药材、肉牛等天水特色产业，${fig(c)}，可采用${c.methods}等方式，贷款期限与生产周期相匹配。`,
    repaymentMethod: "按季付息，结合农产品销售回款分期还本。",
    prepayment: "允许提前还款，不收取违约金。",
    ageRequirement: "经营者或实际控制人18周岁（含）至65周岁（含）",
    businessRequirement: "依法登记的家庭农场、农民合作社或农业企业，从事农业生产经营满1年",
    workRequirement: "生产基地位于天水市辖内，带动农户增收效果明显",
    assetRequirement: "拥有土地经营权、农业设施或存货等可用于增信的资产",
    incomeRequirement: "近一年销售收入稳定，预期现金流能够覆盖贷款本息",
    requiredMaterials: "借款申请书、营业执照或合作社登记证、法定代表人身份证、土地流转合同、近一年财务报表或收支台账、购销合同。",
  },
  supply: {
    intro: (c) => `${c.name}是${c.inst}推出的交易类融资产品，依托核心企业、政府采购或电商平台的真实交易数据，以应收账款、订单或合同为还款来源，${fig(c)}，在线签约、随借随还。`,
    repaymentMethod: "以交易回款自动归还贷款，或按月付息、到期还本。",
    prepayment: "交易回款到账即可提前还款，不收取违约金。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "与核心企业或采购单位合作满1年，交易记录真实连续",
    workRequirement: "在本行开立结算账户，回款账户指定为本行账户",
    assetRequirement: "应收账款或订单权属清晰，可办理转让或质押登记",
    incomeRequirement: "近一年与核心企业或采购单位的交易额不低于贷款金额的2倍",
    requiredMaterials: "借款申请书、营业执照、购销或采购合同、发票、应收账款确认文件、近一年交易流水。",
  },
  tax: {
    intro: (c) => `${c.name}是${c.inst}基于“银税互动”推出的纯信用贷款，企业授权后在线读取纳税信息，按纳税信用等级和纳税额自动测算额度，${fig(c)}，无需抵押担保，最快当天放款。`,
    repaymentMethod: "按月付息，到期还本；额度内随借随还。",
    prepayment: "随时可提前还款，不收取费用。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "正常经营满2年，纳税信用等级为A、B或M级",
    workRequirement: "近两年连续正常申报纳税，无欠税记录",
    assetRequirement: "企业及实际控制人无不良征信和重大涉诉",
    incomeRequirement: "近一年纳税总额不低于1万元",
    requiredMaterials: "营业执照、法定代表人身份证、纳税信息查询授权（线上完成），其他材料以线上提示为准。",
  },
  renewal: {
    intro: (c) => `${c.name}是${c.inst}落实无还本续贷政策推出的产品，对流动资金贷款到期后仍有融资需求、临时资金周转困难的小微企业和个体工商户，在原贷款到期前提前审批、到期后无缝续贷，${fig(c)}，帮助企业免去“过桥”成本。`,
    repaymentMethod: "按月或按季付息，到期续贷或还本，具体在合同中约定。",
    prepayment: "允许提前还款，不收取违约金。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "原贷款为本行或其他银行流动资金贷款，生产经营正常，贷款用途合规",
    workRequirement: "原贷款到期前30日内提出续贷申请",
    assetRequirement: "原贷款无欠息，担保措施有效或可以替换",
    incomeRequirement: "经营现金流稳定，能够持续支付利息",
    requiredMaterials: "续贷申请书、营业执照、原借款合同及借据、近一年财务报表、近6个月银行流水、担保或抵押材料。",
  },
  firstloan: {
    intro: (c) => `${c.name}是${c.inst}为从未在金融机构获得过贷款的“首贷户”推出的产品，通过首贷服务中心线上对接，以信用方式为主，${fig(c)}，符合条件的可享受财政首贷贴息。`,
    repaymentMethod: "按月付息、到期还本，或按月等额本息。",
    prepayment: "允许提前还款，不收取违约金。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "企业在任何金融机构均无贷款记录（信用卡除外），正常经营满1年",
    workRequirement: "注册地及主要经营地在天水市辖内",
    assetRequirement: "企业及实际控制人无不良征信和被执行记录",
    incomeRequirement: "近一年营业收入稳定，具有按期还本付息能力",
    requiredMaterials: "借款申请书、营业执照、法定代表人身份证、近一年财务报表或纳税证明、近6个月银行流水、首贷户声明。",
  },
  guarantee: {
    intro: (c) => `${c.name}由${c.inst}与合作银行共同推出，由担保公司为缺乏足额抵押物的小微企业和“三农”主体提供贷款担保，${fig(c)}（含银行贷款利率），担保费率不超过1%，对政策支持对象实行担保费减免。`,
    repaymentMethod: "按合作银行借款合同约定还款，一般为按月付息、到期还本。",
    prepayment: "按合作银行规定办理，担保费按实际担保期限结算。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "符合国家产业政策，正常经营满1年，无违法违规经营记录",
    workRequirement: "企业及实际控制人愿意提供反担保",
    assetRequirement: "可提供房产、设备、股权或个人连带责任保证等反担保措施",
    incomeRequirement: "经营收入稳定，能够覆盖贷款本息和担保费",
    requiredMaterials: "担保申请书、营业执照、法定代表人身份证、近两年财务报表、银行流水、反担保物权属证明。",
  },
  insurance: {
    intro: (c) => `${c.name}是${c.inst}联合合作银行开展的“政银保”贷款保证保险业务，由保险公司为借款人的贷款提供保证保险，借款人无需抵押即可从合作银行获得贷款，${fig(c)}，政府对符合条件的保费给予补贴。`,
    repaymentMethod: "按合作银行借款合同约定，按月付息、到期还本或分期还款。",
    prepayment: "允许提前还款，未到期保费按规定退还。",
    ageRequirement: ADULT_65,
    businessRequirement: "从事合法生产经营满1年，经营状况良好",
    workRequirement: "在保险公司及合作银行服务区域内生产经营",
    assetRequirement: "借款人及家庭成员无不良信用记录",
    incomeRequirement: "经营收入稳定，能够按期支付保费和贷款本息",
    requiredMaterials: "投保单、借款申请书、身份证或营业执照、经营证明、近6个月银行流水。",
  },
  microloan: {
    intro: (c) => `${c.name}是${c.inst}提供的短期经营性贷款，手续简便、放款快，${fig(c)}，适合银行贷款到位前的临时资金周转；实际利率根据借款人资质、期限和担保方式确定，不超过法律规定的上限。`,
    repaymentMethod: "按月付息、到期还本，或按月等额本息。",
    prepayment: "允许提前还款，按实际用款天数计息。",
    ageRequirement: ADULT_65,
    businessRequirement: "借款主体为天水市辖内的小微企业、个体工商户或农户，正常经营满6个月",
    workRequirement: "有固定经营场所或稳定的生产经营活动",
    assetRequirement: "可提供保证人或抵押、质押物，信用良好者可办理信用贷款",
    incomeRequirement: "经营收入能够覆盖贷款本息",
    requiredMaterials: "借款申请书、身份证或营业执照、经营场所证明、近6个月银行流水、担保或抵质押材料。",
  },
  policy: {
    intro: (c) => `${c.name}是${c.inst}的政策性信贷产品，重点支持粮食收储、农业农村基础设施、乡村产业融合和县域基础设施建设项目，${fig(c)}，期限长、利率低，贷款期限与项目建设和运营周期相匹配。`,
    repaymentMethod: "宽限期内按季付息，宽限期后按年分期还本。",
    prepayment: "可与贷款行协商提前还款。",
    ageRequirement: "借款人为依法设立的企业法人或事业法人",
    businessRequirement: "项目符合国家产业政策和乡村振兴规划，已取得立项、用地、环评等批复",
    workRequirement: "项目资本金比例符合国家规定且已落实",
    assetRequirement: "可提供项目资产抵押、收费权质押或第三方保证",
    incomeRequirement: "项目现金流或借款人综合收益能够覆盖贷款本息",
    requiredMaterials: "借款申请书、营业执照、项目可行性研究报告及批复文件、资本金到位证明、近三年财务报表、担保材料。",
  },
  mortgage: {
    intro: (c) => `${c.name}是${c.inst}面向中小企业的抵押类经营贷款，以企业或实际控制人名下的厂房、商铺、住房或土地使用权作抵押，抵押率最高可达评估价值的70%，${fig(c)}，适用于扩大生产、设备购置和中长期资金周转。`,
    repaymentMethod: "按月付息，按季或按半年分期还本；也可申请年审制，到期无需还本续贷。",
    prepayment: "允许提前还款，需提前10个工作日书面通知。",
    ageRequirement: ENTERPRISE_AGE,
    businessRequirement: "正常经营满2年，主营业务突出，符合环保要求",
    workRequirement: "在本行开立结算账户并办理主要结算业务",
    assetRequirement: "抵押物权属清晰、易于变现，已办理或可办理抵押登记",
    incomeRequirement: "近两年营业收入稳定，经营性现金流为正",
    requiredMaterials: "借款申请书、营业执照、公司章程、法定代表人身份证、近两年财务报表、抵押物权属证明及评估报告、股东会决议。",
  },
};

export function productText(profile: Profile, c: Ctx): ProductText {
  const { intro, ...rest } = T[profile];
  return { introduction: intro(c) + (c.note ? c.note : ""), ...rest };
}
