import { jwksResponse } from "@/lib/sso-mock/endpoints";
import { mockRoute } from "@/lib/sso-mock/route";

export const GET = mockRoute(() => jwksResponse());
