import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "用户注册", robots: { index: false } };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  const { type } = await searchParams;
  return (
    <AuthCard title="用户注册">
      <RegisterForm initialKind={type === "enterprise" ? "ENTERPRISE" : "PERSONAL"} />
    </AuthCard>
  );
}
