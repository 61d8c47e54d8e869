import { switchModeResponse } from "@/lib/care/switch";

// The 关怀模式 / 标准模式 switch of the header posts here (a plain form: it works without JavaScript).
export const POST = switchModeResponse;
