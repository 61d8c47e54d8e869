// 导出报名名单: masked phones by a plain download link; the full numbers by a form post that says
// it will be recorded (the route handler writes the audit entry).
export function ExportControls({ activityId }: { activityId: string }) {
  const href = `/admin/activities/${activityId}/registrants.csv`;
  return (
    <div className="flex flex-wrap items-start gap-3">
      <a href={href} download className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-brand-700 hover:bg-brand-50">
        导出报名名单（手机号隐藏中间四位）
      </a>
      <details className="rounded border border-slate-300 px-3">
        <summary className="min-h-11 cursor-pointer py-2.5 text-slate-800">导出完整手机号</summary>
        <form method="post" action={href} className="space-y-2 pb-3">
          <p className="max-w-md text-sm leading-6 text-slate-700">完整手机号属于个人信息，仅用于联系报名人。导出操作将记入操作日志。</p>
          <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 text-white hover:bg-brand-800">
            确认导出完整名单
          </button>
        </form>
      </details>
    </div>
  );
}
