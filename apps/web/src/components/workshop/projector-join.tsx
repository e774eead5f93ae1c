"use client";

import { useQuery } from "@tanstack/react-query";
import { QRCodeSVG } from "qrcode.react";
import { useTRPC } from "@/lib/trpc";
import { joinLink, spacedCode } from "./join-link";

/** The open join code, the address to type, and a QR code, for a facilitator's projector. */
export function ProjectorJoin({ debateId }: { debateId: string }) {
  const trpc = useTRPC();
  const joinCode = useQuery(trpc.workshop.joinCode.queryOptions({ debateId }));
  const code = joinCode.data?.code;
  if (!code) return null;
  const link = joinLink(code);
  const address = link.replace(/^https?:\/\//, "").replace(/\/[^/]*$/, "");

  return (
    <section
      aria-label="Join this debate"
      className="flex flex-col items-center gap-5 self-start rounded-2xl border-4 border-stone-950 p-8 text-center"
    >
      <p className="text-2xl text-stone-700 lg:text-3xl">
        Join at <span className="font-semibold text-stone-950">{address}</span>
      </p>
      <p className="font-mono text-6xl font-bold tracking-widest lg:text-8xl">{spacedCode(code)}</p>
      <QRCodeSVG
        value={link}
        size={320}
        marginSize={2}
        role="img"
        aria-label={`QR code for ${link}`}
        className="h-auto w-64 lg:w-80"
      />
    </section>
  );
}
