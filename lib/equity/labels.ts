import type { EquityProjectEventKind, EquityProjectStatus, MeetingStatus } from "@/lib/generated/prisma/enums";

export const PROJECT_STATUS: Record<EquityProjectStatus, string> = {
  PENDING_REVIEW: "待审核",
  PUBLISHED: "已发布",
  REJECTED: "未通过",
  ARCHIVED: "已下架",
};

export const MEETING_STATUS: Record<MeetingStatus, string> = {
  PENDING: "待回复",
  ACCEPTED: "已接受",
  DECLINED: "已婉拒",
  DONE: "已完成",
};

export const EVENT_KIND: Record<EquityProjectEventKind, string> = {
  SUBMITTED: "提交审核",
  RESUBMITTED: "修改后重新提交",
  APPROVED: "审核通过，已发布",
  REJECTED: "审核不通过",
  ARCHIVED: "已下架",
};

export const equityProjectHref = (id: string) => `/equity/projects/${id}`;
export const fundHref = (id: string) => `/equity/funds/${id}`;
export const myProjectHref = (id: string) => `/me/equity/${id}`;
