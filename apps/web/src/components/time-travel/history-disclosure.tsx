"use client";

import { ChevronDown, History } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** "History" on the live debate: opens the timeline (read only when opened). */
export function HistoryDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="space-y-2">
      <Button
        variant={open ? "primary" : "secondary"}
        className="min-h-9 py-1.5"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <History aria-hidden="true" className="size-4" />
        Debate history
        <ChevronDown
          aria-hidden="true"
          className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}
        />
      </Button>
      <div
        id={panelId}
        hidden={!open}
        className="rounded-lg border border-stone-200 bg-white px-4 py-3"
      >
        {open ? (
          <div className="space-y-2">
            <p className="text-sm text-stone-600">
              Step back to see the debate as it stood at any moment: its text, its statuses and
              which objections were open.
            </p>
            {children}
          </div>
        ) : null}
      </div>
    </div>
  );
}
