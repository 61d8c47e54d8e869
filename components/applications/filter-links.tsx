import Link from "next/link";

// A filter as a row of plain links (works without JavaScript); the current choice is marked.
export function FilterLinks({
  label,
  options,
  current,
  hrefFor,
}: {
  label: string;
  options: { value: string; label: string }[];
  current: string | undefined;
  hrefFor: (value: string | undefined) => string;
}) {
  const item = (value: string | undefined, text: string) => {
    const active = value === current;
    return (
      <li key={value ?? "all"}>
        <Link
          href={hrefFor(value)}
          aria-current={active ? "true" : undefined}
          className={
            active
              ? "inline-block rounded bg-brand-700 px-3 py-1.5 text-sm text-white"
              : "inline-block rounded px-3 py-1.5 text-sm text-brand-800 hover:bg-brand-50"
          }
        >
          {text}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">{label}：</span>
      <ul className="flex flex-wrap gap-1">
        {item(undefined, "全部")}
        {options.map((o) => item(o.value, o.label))}
      </ul>
    </nav>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-700">{children}</div> : null}
    </div>
  );
}

export function Notice({ tone = "success", children }: { tone?: "success" | "info" | "warning"; children: React.ReactNode }) {
  const tones = {
    success: "border-green-300 bg-green-50 text-green-900",
    info: "border-sky-300 bg-sky-50 text-sky-900",
    warning: "border-orange-300 bg-orange-50 text-orange-900",
  };
  return (
    <div role="status" className={`rounded border px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
