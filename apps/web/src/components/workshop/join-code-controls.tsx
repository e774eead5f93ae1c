"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";

type OpenCode = { expiresAt: Date; expired: boolean; admitted: number; maxGuests: number | null };

/** Reads a limit field: blank is no limit. */
export function parseGuestLimit(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? "").trim();
  return text === "" ? null : Number(text);
}

/** How the open code is used (admitted of its limit, expiry), and close, renew and limit. */
export function JoinCodeControls({ code }: { code: OpenCode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId, announce } = useDebate();
  const [limitText, setLimitText] = useState(code.maxGuests?.toString() ?? "");
  const codeKey = trpc.workshop.joinCode.queryKey({ debateId });
  const refresh = () => queryClient.invalidateQueries({ queryKey: codeKey });
  const close = useMutation(
    trpc.workshop.closeJoinCode.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(codeKey, null);
        announce("Closed the join code: no new guests can join.");
      },
    }),
  );
  const renew = useMutation(
    trpc.workshop.renewJoinCode.mutationOptions({
      onSuccess: (renewed) => {
        queryClient.setQueryData(codeKey, renewed);
        announce(`Renewed the join code: guests now join with ${renewed.code}.`);
      },
    }),
  );
  const limit = useMutation(
    trpc.workshop.setGuestLimit.mutationOptions({
      onSuccess: async () => {
        await refresh();
        announce("Changed the guest limit.");
      },
    }),
  );
  const error = close.error ?? renew.error ?? limit.error;

  function onLimit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    limit.mutate({ debateId, maxGuests: parseGuestLimit(limitText) });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">
        <span>
          Admitted {code.admitted}
          {code.maxGuests === null ? " (no limit)" : ` of ${code.maxGuests}`}
        </span>
        {" · "}
        {code.expired ? (
          <strong className="text-red-800">Expired: renew it to let more guests in.</strong>
        ) : (
          <span>Expires {code.expiresAt.toLocaleString()}</span>
        )}
      </p>
      <form onSubmit={onLimit} className="flex flex-wrap items-end gap-2">
        <TextField
          label="Guest limit"
          type="number"
          min={1}
          max={1000}
          value={limitText}
          onChange={(event) => setLimitText(event.target.value)}
          hint="Leave blank for no limit."
        />
        <Button type="submit" pending={limit.isPending} pendingLabel="Saving…">
          Set limit
        </Button>
      </form>
      <div className="flex flex-wrap gap-2">
        <Button
          pending={renew.isPending}
          pendingLabel="Renewing…"
          onClick={() => renew.mutate({ debateId })}
        >
          Renew code
        </Button>
        <Button
          variant="danger"
          pending={close.isPending}
          pendingLabel="Closing…"
          onClick={() => close.mutate({ debateId })}
        >
          Close code
        </Button>
      </div>
      <FormError message={error ? getErrorMessage(error) : null} />
    </div>
  );
}
