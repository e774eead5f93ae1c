"use client";

import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useWhenIdle } from "@/lib/use-when-idle";

function AddPositionButton({ onClick }: { onClick?: () => void }) {
  return (
    <Button onClick={onClick} disabled={!onClick} aria-expanded={false}>
      <Plus aria-hidden="true" className="size-4" />
      Add a position
    </Button>
  );
}

// The form's code (with the API's schemas and zod, whose set-up alone took
// ~100 ms of main thread) loads once the outline is shown and the page is idle.
const PositionComposer = dynamic(
  () => import("./position-composer").then((m) => m.PositionComposer),
  { loading: () => <AddPositionButton /> },
);

/** "Add a position": the button at once, its form's code when idle or when pressed. */
export function PositionComposerSlot() {
  const idle = useWhenIdle();
  const [pressed, setPressed] = useState(false);
  if (!idle && !pressed) return <AddPositionButton onClick={() => setPressed(true)} />;
  return <PositionComposer initiallyOpen={pressed} />;
}
