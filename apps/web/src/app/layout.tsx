import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

// Self-hosted: the variable Inter from @fontsource-variable/inter (no network at build time).
const inter = localFont({
  src: "../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { template: "%s · Steelman", default: "Steelman" },
  description: "A calm place to debate a question and see which objections are still open.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fafaf9",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, so Next can put each request's CSP nonce (src/proxy.ts)
  // on its scripts; a page built ahead of time would carry none and not hydrate.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="focus-visible:outline-none mx-auto w-full max-w-3xl px-4 py-8 sm:py-12 has-[[data-layout=wide]]:max-w-6xl"
          >
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
