"use client";

import { QRCodeSVG } from "qrcode.react";
import { CopyField } from "@/components/workspace/copy-field";
import type { Role } from "@/lib/trpc";
import { joinLink, spacedCode } from "./join-link";

type JoinCodeCardProps = { code: string; role: Role };

/** The open join code, large, with the link and a QR code that opens it. */
export function JoinCodeCard({ code, role }: JoinCodeCardProps) {
  const link = joinLink(code);
  return (
    <div className="flex flex-wrap items-start gap-5 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <div className="min-w-0 flex-1 space-y-3">
        <div>
          <p className="text-sm text-stone-600">Join code</p>
          <p className="font-mono text-4xl font-semibold tracking-widest text-stone-950">
            {spacedCode(code)}
          </p>
          <p className="text-sm text-stone-600">
            Guests join as {role === "observer" ? "observers" : "members"}.
          </p>
        </div>
        <CopyField label="Join link" value={link} />
      </div>
      <QRCodeSVG
        value={link}
        size={144}
        marginSize={2}
        role="img"
        aria-label={`QR code for ${link}`}
        className="shrink-0 rounded bg-white"
      />
    </div>
  );
}
