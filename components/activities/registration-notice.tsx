import Link from "next/link";

// Why this account cannot register now, and where to go instead.
export function RegistrationNotice({ title, message, links }: { title: string; message: string; links: { href: string; label: string }[] }) {
  return (
    <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-5 text-orange-950">
      <p className="font-semibold">{title}</p>
      <p className="mt-2 leading-7">{message}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        {links.map((l, i) => (
          <Link
            key={l.href}
            href={l.href}
            className={i === 0 ? "rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800" : "rounded border border-brand-700 px-4 py-2 text-brand-700 hover:bg-white"}
          >
            {l.label}
          </Link>
        ))}
      </div>
    </div>
  );
}
