import { currentActor, requestMeta } from "@/lib/auth/current";
import { removeUploadResponse } from "@/lib/uploads/http";

// 移除 in the upload control: the owner deletes a file not yet used by a record.
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return removeUploadResponse(request, await currentActor(), id, await requestMeta());
}
