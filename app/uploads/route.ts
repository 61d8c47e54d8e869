import { currentActor, requestMeta } from "@/lib/auth/current";
import { uploadResponse } from "@/lib/uploads/http";

// The upload control's endpoint when JavaScript runs (components/ui/file-upload.tsx).
export async function POST(request: Request): Promise<Response> {
  return uploadResponse(request, await currentActor(), await requestMeta());
}
