import { currentActor } from "@/lib/auth/current";
import { downloadResponse } from "@/lib/uploads/download";

// Every stored file is read through here: the check of who may read it is in lib/uploads/access.ts.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return downloadResponse(await currentActor(), id);
}
