import "server-only";
import { db } from "@/lib/db";
import { isProductionDeployment } from "@/lib/env";
import { maskName } from "@/lib/mask";
import type { AuthorizeParams } from "./authorize";
import { SSO_MOCK_DEMO_PASSWORD } from "./demo";

// The mock provider's own pages, styled as 甘肃省统一身份认证系统 (a separate system, so plain HTML
// outside the platform's layout). No script: the form posts back to the authorization endpoint.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;background:#eef2f7;color:#1f2937}
header{background:linear-gradient(90deg,#8b0000,#b3261e);color:#fff;padding:14px 20px}
header .brand{font-size:20px;font-weight:700;letter-spacing:2px;margin:0}header .sub{font-size:13px;opacity:.9;margin:2px 0 0}
main{max-width:420px;margin:32px auto;padding:0 16px}
.card{background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:24px}
h1{font-size:20px;margin:0 0 4px;color:#8b0000}.client{font-size:14px;color:#4b5563;margin:0 0 20px}
label{display:block;font-size:15px;margin:14px 0 6px;font-weight:600}
input[type=text],input[type=password]{width:100%;padding:11px 12px;font-size:16px;border:1px solid #9ca3af;border-radius:4px}
input:focus,button:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.error{background:#fef2f2;border:1px solid #b91c1c;color:#991b1b;padding:10px 12px;border-radius:4px;margin:0 0 8px;font-size:14px}
.actions{display:flex;gap:12px;margin-top:22px}button{flex:1;padding:12px;font-size:16px;border-radius:4px;border:1px solid #8b0000;cursor:pointer}
button.primary{background:#8b0000;color:#fff}button.secondary{background:#fff;color:#8b0000}
.hint{margin-top:20px;font-size:13px;color:#374151;background:#f9fafb;border:1px dashed #9ca3af;border-radius:6px;padding:12px}
.hint table{width:100%;border-collapse:collapse;margin-top:6px}.hint th,.hint td{text-align:left;padding:4px 2px;border-bottom:1px solid #e5e7eb}
footer{text-align:center;font-size:12px;color:#4b5563;margin:24px 0}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} - 甘肃省统一身份认证系统</title><style>${STYLE}</style></head>
<body><header><p class="brand">甘肃省统一身份认证系统</p><p class="sub">甘肃政务服务网 · 统一身份认证平台（模拟环境）</p></header>
<main>${body}</main><footer>本页面为天水市智慧金融服务平台内置的模拟认证服务，仅用于演示与测试。</footer></body></html>`;
}

export function renderErrorPage(message: string): string {
  return layout("认证请求无效", `<div class="card"><h1>认证请求无效</h1><p role="alert">${escapeHtml(message)}</p></div>`);
}

async function demoIdentities(): Promise<string> {
  if (isProductionDeployment()) return "";
  const rows = await db.ssoMockIdentity.findMany({ orderBy: { username: "asc" }, take: 8 });
  if (!rows.length) return "";
  const lines = rows
    .map((r) => `<tr><td>${escapeHtml(r.username)}</td><td>${escapeHtml(maskName(r.name))}</td><td>${r.kind === "LEGAL_REP" ? "法人代表" : "自然人"}</td></tr>`)
    .join("");
  return `<aside class="hint"><h2 style="font-size:14px;margin:0">模拟账号（口令均为 ${SSO_MOCK_DEMO_PASSWORD}）</h2>
<table><thead><tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">类型</th></tr></thead><tbody>${lines}</tbody></table></aside>`;
}

export async function renderLoginPage(options: { params: AuthorizeParams; username?: string; error?: string }): Promise<string> {
  const { params, username = "", error } = options;
  const hidden = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  const errorBlock = `<div id="login-error" role="alert" aria-live="assertive">${error ? `<p class="error">${escapeHtml(error)}</p>` : ""}</div>`;
  const invalid = error ? ` aria-invalid="true" aria-describedby="login-error"` : "";
  const body = `<div class="card"><h1>用户登录</h1><p class="client">即将登录：天水市智慧金融服务平台</p>
<form method="post" action="" novalidate>${hidden}${errorBlock}
<label for="username">用户名</label><input id="username" name="username" type="text" autocomplete="username" required value="${escapeHtml(username)}"${invalid}>
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<div class="actions"><button class="primary" type="submit" name="action" value="login">登录并授权</button>
<button class="secondary" type="submit" name="action" value="cancel" formnovalidate>取消</button></div></form>
${await demoIdentities()}</div>`;
  return layout("用户登录", body);
}
