// Placeholders shown while a page's dynamic part streams in: grey blocks of the content's shape,
// announced once as loading.
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

export function ListSkeleton({ rows = 4, label = "正在加载…" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="rounded-lg border border-slate-200 bg-white p-4">
          <Skeleton className="h-5 w-1/3" />
          <Skeleton className="mt-3 h-4 w-2/3" />
          <Skeleton className="mt-2 h-4 w-1/2" />
        </div>
      ))}
    </div>
  );
}

export function PageSkeleton({ label = "正在加载…" }: { label?: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <Skeleton className="h-8 w-48" />
      <ListSkeleton label={label} />
    </div>
  );
}
