"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { useCurrentUser } from "@/components/auth/use-current-user";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { buttonClass } from "@/components/ui/button";

const NAV = [
  { href: "/workspaces", label: "Workspaces", matches: ["/workspaces", "/w/"] },
  { href: "/account", label: "Account", matches: ["/account"] },
] as const;

export function SiteHeader() {
  const { user } = useCurrentUser();
  const pathname = usePathname();

  return (
    <header className="border-b border-stone-200 bg-white">
      {/* As wide as the page below it: debate pages (data-layout="wide") use a wider column. */}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 [body:has([data-layout=wide])_&]:max-w-6xl">
        <Link
          href={user && !user.isGuest ? "/workspaces" : "/"}
          className="text-lg font-semibold tracking-tight"
        >
          Steelman
        </Link>
        {user?.isGuest ? (
          // A guest joined one debate by code: no workspaces or account to go to.
          <div className="ml-auto flex items-center gap-2">
            <span className="text-sm text-stone-700">
              <span className="sr-only">Joined as </span>
              {user.displayName}
            </span>
            <span className="rounded-full border border-stone-300 bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">
              Guest
            </span>
            <SignOutButton />
          </div>
        ) : user ? (
          <>
            <nav aria-label="Main" className="flex items-center gap-1">
              {NAV.map((item) => {
                const current = item.matches.some((m) => pathname.startsWith(m));
                return (
                  <Link
                    key={item.href}
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={buttonClass(
                      "quiet",
                      `px-2.5 ${current ? "bg-stone-100 text-stone-900" : ""}`,
                    )}
                  >
                    {item.label}
                  </Link>
                );
              })}
            </nav>
            <div className="ml-auto flex items-center gap-2">
              <NotificationBell />
              <span className="text-sm text-stone-700" title={user.email}>
                <span className="sr-only">Signed in as </span>
                {user.displayName}
              </span>
              <SignOutButton />
            </div>
          </>
        ) : user === null ? (
          <nav aria-label="Account" className="ml-auto flex items-center gap-2">
            <Link href="/sign-in" className={buttonClass("quiet")}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClass("secondary")}>
              Create account
            </Link>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
