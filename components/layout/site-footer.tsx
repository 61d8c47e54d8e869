import { cacheLife } from "next/cache";
import Link from "next/link";
import { siteConfig } from "@/config/site";
import { CONTACT } from "@/lib/reference";

export function SiteFooter() {
  return (
    <footer className="mt-12 bg-slate-800 text-sm text-slate-200">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="text-base font-semibold text-white">{siteConfig.name}</p>
          <p className="mt-2 leading-6">主办单位：天水市人民政府金融工作办公室</p>
        </div>
        <address className="not-italic leading-7">
          <p>
            电话：<a href={`tel:${CONTACT.phone}`} className="hover:underline">{CONTACT.phone}</a>
          </p>
          <p>
            邮箱：<a href={`mailto:${CONTACT.email}`} className="hover:underline">{CONTACT.email}</a>
          </p>
          <p>传真：{CONTACT.fax}</p>
        </address>
        <nav aria-label="页脚导航">
          <ul className="grid grid-cols-2 gap-x-4 gap-y-2">
            {siteConfig.mainNav.slice(1).map((item) => (
              <li key={item.href}>
                <Link prefetch={false} href={item.href} className="hover:underline">
                  {item.title}
                </Link>
              </li>
            ))}
            <li>
              <Link prefetch={false} href="/contact" className="hover:underline">
                联系我们
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/privacy" className="hover:underline">
                个人信息保护政策
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-slate-700 py-4 text-center text-xs text-slate-300">
        © <CopyrightYear /> {siteConfig.name}
      </p>
    </footer>
  );
}

// The year is part of every page's static shell: computed when the shell is rendered, a day at most old.
async function CopyrightYear() {
  "use cache";
  cacheLife("days");
  return <>{new Date().getFullYear()}</>;
}
