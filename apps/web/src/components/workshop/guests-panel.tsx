"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DoorOpen, QrCode } from "lucide-react";
import { useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { GuestList } from "./guest-list";
import { JoinCodeCard } from "./join-code-card";
import { JoinCodeControls, parseGuestLimit } from "./join-code-controls";

type GuestRole = "member" | "observer";

/** Lets people without an account join this debate with a code, and lists who did. */
export function GuestsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId, announce, writable } = useDebate();
  const [role, setRole] = useState<GuestRole>("member");
  const [limitText, setLimitText] = useState("");
  const [hoursText, setHoursText] = useState("12");
  const codeKey = trpc.workshop.joinCode.queryKey({ debateId });
  const joinCode = useQuery(trpc.workshop.joinCode.queryOptions({ debateId }));
  const open = useMutation(
    trpc.workshop.openJoinCode.mutationOptions({
      onSuccess: (created) => {
        queryClient.setQueryData(codeKey, created);
        announce(`Guests can join with the code ${created.code}.`);
      },
    }),
  );
  const error = open.error ?? joinCode.error;

  return (
    <section aria-labelledby="guests-heading" className="space-y-4">
      <h3 id="guests-heading" className="font-semibold tracking-tight">
        Guests
      </h3>
      {joinCode.isPending ? <StatusMessage>Loading the join code…</StatusMessage> : null}
      {joinCode.data ? (
        <div className="space-y-3">
          <JoinCodeCard code={joinCode.data.code} role={joinCode.data.role} />
          <JoinCodeControls key={joinCode.data.code} code={joinCode.data} />
        </div>
      ) : null}
      {joinCode.data === null && writable ? (
        <div className="space-y-3">
          <p className="text-sm text-stone-700">
            People in the room join this debate with a code and a display name, no account needed.
            They see this debate only.
          </p>
          <SelectField
            label="Guests join as"
            value={role}
            onChange={(event) => setRole(event.target.value as GuestRole)}
            hint={
              role === "member"
                ? "Members post claims and vote."
                : "Observers read along and cannot post."
            }
          >
            <option value="member">Member</option>
            <option value="observer">Observer</option>
          </SelectField>
          <TextField
            label="Guest limit"
            type="number"
            min={1}
            max={1000}
            value={limitText}
            onChange={(event) => setLimitText(event.target.value)}
            hint="How many guests the code admits. Leave blank for no limit."
          />
          <TextField
            label="Hours the code stays valid"
            type="number"
            min={1}
            max={72}
            value={hoursText}
            onChange={(event) => setHoursText(event.target.value)}
          />
          <Button
            variant="primary"
            pending={open.isPending}
            pendingLabel="Opening…"
            onClick={() =>
              open.mutate({
                debateId,
                role,
                maxGuests: parseGuestLimit(limitText),
                expiresInHours: Number(hoursText) || 12,
              })
            }
          >
            <DoorOpen aria-hidden="true" className="size-4" />
            Let guests join
          </Button>
        </div>
      ) : null}
      <FormError message={error ? getErrorMessage(error) : null} />
      <GuestList />
      <p className="flex items-center gap-1.5 text-xs text-stone-500">
        <QrCode aria-hidden="true" className="size-3.5" />
        The projector view shows the code and QR code large, for the room.
      </p>
    </section>
  );
}
