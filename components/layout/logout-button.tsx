"use client";

import { useState } from "react";

// 退出 shows that it is working until the next page arrives (the header changes only then).
export function LogoutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="submit"
      className="hover:underline disabled:opacity-60"
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else setPending(true);
      }}
    >
      {pending ? "正在退出…" : "退出"}
    </button>
  );
}
