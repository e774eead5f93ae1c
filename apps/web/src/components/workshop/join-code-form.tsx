"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** Asks for the room's code, then shows what it opens (the next page checks it). */
export function JoinCodeForm({ defaultCode = "" }: { defaultCode?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Case, spaces and dashes do not matter: "k7qx m2pd 9r" is "K7QXM2PD9R".
    const code = String(new FormData(event.currentTarget).get("code"))
      .toUpperCase()
      .replace(/[\s-]/g, "");
    if (code.length < 4) return setError("Enter the code shown in the room.");
    setError(null);
    router.push(`/join/${encodeURIComponent(code)}`);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <TextField
        label="Join code"
        name="code"
        defaultValue={defaultCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        autoFocus
        error={error}
        className="font-mono text-lg tracking-widest uppercase sm:text-lg"
      />
      <Button type="submit" variant="primary">
        Continue
      </Button>
    </form>
  );
}
