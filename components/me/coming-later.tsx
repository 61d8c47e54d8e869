import Link from "next/link";

// A 个人中心 entry whose feature arrives with a later release: it says so instead of failing.
export function ComingLater({ title, description, links = [] }: { title: string; description: string; links?: { href: string; label: string }[] }) {
  return (
    <div>
      <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <p className="font-medium text-slate-900">该功能即将开放</p>
        <p className="mt-2 leading-7 text-slate-700">{description}</p>
        {links.length ? (
          <ul className="mt-4 flex flex-wrap gap-3">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-brand-700 underline underline-offset-2">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
