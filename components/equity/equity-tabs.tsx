import Link from "next/link";

// The two modules of 股权融资 (manual 2.6): 投资机构 and 股权项目, as plain links.
export function EquityTabs({ current }: { current: "funds" | "projects" }) {
  const tab = (key: "funds" | "projects", href: string, label: string) => (
    <li>
      <Link
        href={href}
        aria-current={current === key ? "page" : undefined}
        className={`inline-flex min-h-11 items-center rounded-t px-4 text-base ${current === key ? "border-b-2 border-brand-700 font-semibold text-brand-800" : "text-slate-700 hover:text-brand-700"}`}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="股权融资栏目" className="border-b border-slate-200">
      <ul className="flex gap-2">
        {tab("funds", "/equity", "投资机构")}
        {tab("projects", "/equity/projects", "股权项目")}
      </ul>
    </nav>
  );
}
