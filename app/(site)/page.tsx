import Link from "next/link";
import { siteConfig } from "@/config/site";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{siteConfig.name}</h1>
      <p className="mt-3 max-w-3xl leading-7 text-slate-700">{siteConfig.description}</p>
      <ul className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {siteConfig.mainNav.slice(1).map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="block rounded-lg border border-slate-200 bg-white px-4 py-6 text-center font-medium text-brand-800 hover:border-brand-600"
            >
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
