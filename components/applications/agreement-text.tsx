import { USER_AUTHORIZATION_SECTIONS } from "@/lib/agreements/user-authorization";

// The 数据授权协议书 of the manual, rendered from lib/agreements/user-authorization.ts.
export function AgreementText() {
  return (
    <div className="space-y-3 text-sm leading-7 text-slate-800">
      {USER_AUTHORIZATION_SECTIONS.map((section, i) => (
        <section key={i}>
          {section.heading ? <h3 className="font-semibold text-slate-900">{section.heading}</h3> : null}
          {section.paragraphs?.map((p) => <p key={p}>{p}</p>)}
          {section.items ? (
            <ul className="space-y-1">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
