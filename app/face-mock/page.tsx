import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isProductionDeployment } from "@/lib/env";
import { maskName } from "@/lib/mask";
import { mockFaceSession } from "@/lib/services/face-verification/drivers/mock";
import { CameraCheck } from "./camera-check";

export const metadata: Metadata = { title: "FaceID 互联网身份验证服务（本地模拟）", robots: { index: false } };

// The local face-check provider's H5 page (FACE_VERIFY_DRIVER=mock), in place of FaceID's own page. Not
// served in a production deployment.
export default async function FaceMockPage({ searchParams }: { searchParams: Promise<{ BizToken?: string }> }) {
  if (isProductionDeployment()) notFound();
  const { BizToken: token = "" } = await searchParams;
  const session = typeof token === "string" && token.length <= 100 ? await mockFaceSession(token) : null;
  return (
    <div className="mx-auto max-w-lg px-4 py-8">
      <p className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900">本页为本地模拟的人脸核验服务，仅用于演示与测试，正式环境由人脸核验服务商提供。</p>
      <h1 className="mt-4 text-2xl font-bold text-brand-800">FaceID 互联网身份验证服务</h1>
      {session ? (
        <>
          <p className="mt-3 text-slate-700">核验对象：{maskName(session.name)}。</p>
          <noscript>
            <p className="mt-3 text-slate-700">浏览器未启用JavaScript，无法打开摄像头，请直接选择下方的演示结果。</p>
          </noscript>
          <CameraCheck />
          <form method="post" action="/face-mock/complete" className="mt-4 space-y-3">
            <input type="hidden" name="BizToken" value={session.bizToken} />
            <fieldset className="rounded border border-slate-300 p-3">
              <legend className="px-1 text-sm font-medium text-slate-800">演示结果（模拟）</legend>
              <div className="flex flex-wrap gap-3">
                <button name="choice" value="success" className="min-h-11 rounded bg-green-700 px-5 font-medium text-white hover:bg-green-800">
                  比对成功
                </button>
                <button name="choice" value="failure" className="min-h-11 rounded bg-red-700 px-5 font-medium text-white hover:bg-red-800">
                  比对失败
                </button>
                <button name="choice" value="cancel" className="min-h-11 rounded border border-slate-400 px-5 text-slate-800 hover:bg-slate-50">
                  取消
                </button>
              </div>
            </fieldset>
          </form>
        </>
      ) : (
        <p role="alert" className="mt-4 text-red-700">
          核验链接无效或已过期，请返回平台重新发起个人认证。
        </p>
      )}
    </div>
  );
}
