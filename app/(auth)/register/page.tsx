import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { RegisterForm } from "@/components/accounts/register-form";

export const metadata: Metadata = { title: "用户注册", robots: { index: false } };

type Props = { searchParams: Promise<{ type?: string }> };

async function Registration({ searchParams }: Props) {
  const { type } = await searchParams;
  const enterprise = type === "enterprise";
  return (
    <>
      <RegisterForm initialKind={enterprise ? "ENTERPRISE" : "PERSONAL"} />
      {/* Without JavaScript the fields of the other kind appear through a link. */}
      <noscript>
        <p className="mt-3 text-center text-sm">
          <Link href={enterprise ? "/register" : "/register?type=enterprise"} className="text-brand-700 underline">
            {enterprise ? "改为个人注册" : "改为企业注册"}
          </Link>
        </p>
      </noscript>
    </>
  );
}

export default function RegisterPage({ searchParams }: Props) {
  return (
    <AuthCard title="用户注册">
      <Registration searchParams={searchParams} />
    </AuthCard>
  );
}
