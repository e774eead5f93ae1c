"use client";

import { createProposalFields, DESCRIPTION_MAX } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { LimitedTextArea, overLimitReason } from "@/components/ui/limited-text-area";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSubmissionKey } from "@/lib/use-submission-key";
import { OptionListField } from "./option-list-field";
import { METHOD_HINTS, METHOD_LABELS, type ProposalMethod } from "./proposal-words";
import { useRefreshProposals } from "./use-refresh-proposals";

const METHODS = Object.keys(METHOD_LABELS) as ProposalMethod[];

/** "2026-11-26T15:00" in local time, a day from now on the hour: a sensible first closing time. */
function tomorrowOnTheHour(now = new Date()) {
  const date = new Date(now.getTime() + 24 * 3600 * 1000);
  date.setMinutes(0, 0, 0);
  return localInputValue(date);
}

function localInputValue(date: Date) {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Put a proposal to the group": title, method, options, closing time, quorum. */
export function ProposalForm({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const { debateId, announce } = useDebate();
  const refresh = useRefreshProposals();
  // The words and choices are kept as a draft (per debate); numbers and times are quick to set again.
  const draft = useDraft(`proposal:${debateId}:new`, {
    title: "",
    description: "",
    method: "consent" as ProposalMethod,
    options: ["", ""],
  });
  const { title, description, method, options } = draft.value;
  const edit = (change: Partial<typeof draft.value>) =>
    draft.setValue((now) => ({ ...now, ...change }));
  const tooLong = overLimitReason(description, DESCRIPTION_MAX);
  const submission = useSubmissionKey();
  const create = useMutation(
    trpc.proposal.create.mutationOptions({
      onSuccess: async (proposal) => {
        submission.succeeded();
        draft.clear();
        await refresh();
        announce(`Proposal “${proposal.title}” is open for votes.`);
        onClose();
      },
    }),
  );
  const errors = useFieldErrors(create.error, [
    "title",
    "description",
    "options",
    ...options.map((_, index) => `options.${index}`),
    "closesAt",
    "quorum",
    "scoreMax",
    "dots",
  ]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLong) return;
    const form = new FormData(event.currentTarget);
    const quorum = String(form.get("quorum") ?? "").trim();
    const input = {
      debateId,
      title: title.trim(),
      description: description.trim(),
      method,
      options: method === "consent" ? [] : options.map((option) => option.trim()),
      closesAt: new Date(String(form.get("closesAt"))),
      quorum: quorum === "" ? null : Number(quorum) / 100,
      guestsMayVote: form.get("guestsMayVote") === "on",
      ...(method === "score" ? { scoreMax: Number(form.get("scoreMax")) } : {}),
      ...(method === "dot" ? { dots: Number(form.get("dots")) } : {}),
      idempotencyKey: submission.current(),
    };
    if (errors.check(createProposalFields, input)) create.mutate(input);
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === "Escape" && !create.isPending && onClose()}
      aria-label="Put a proposal to the group"
      noValidate
      className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <TextField
        label="Proposal"
        name="title"
        required
        value={title}
        onChange={(event) => edit({ title: event.target.value })}
        error={errors.field("title")}
        autoFocus
        hint={
          <>
            The course of action, as one sentence people can agree or disagree with.
            {draft.saved ? " Draft saved." : null}
          </>
        }
      />
      <LimitedTextArea
        label="Details (optional)"
        name="description"
        value={description}
        onValueChange={(value) => edit({ description: value })}
        error={errors.field("description")}
        max={DESCRIPTION_MAX}
        rows={3}
      />
      <SelectField
        label="Voting method"
        value={method}
        onChange={(event) => edit({ method: event.target.value as ProposalMethod })}
        hint={METHOD_HINTS[method]}
      >
        {METHODS.map((value) => (
          <option key={value} value={value}>
            {METHOD_LABELS[value]}
          </option>
        ))}
      </SelectField>
      {method !== "consent" ? (
        <OptionListField
          options={options}
          onChange={(next) => edit({ options: next })}
          errorOf={errors.field}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {method === "score" ? (
          <TextField
            label="Highest score"
            name="scoreMax"
            type="number"
            min={1}
            max={10}
            defaultValue={5}
            required
            error={errors.field("scoreMax")}
          />
        ) : null}
        {method === "dot" ? (
          <TextField
            label="Dots per person"
            name="dots"
            type="number"
            min={1}
            max={50}
            defaultValue={5}
            required
            error={errors.field("dots")}
          />
        ) : null}
        <TextField
          label="Closes at"
          name="closesAt"
          type="datetime-local"
          required
          defaultValue={tomorrowOnTheHour()}
          error={errors.field("closesAt")}
        />
        <TextField
          label="Quorum % (optional)"
          name="quorum"
          type="number"
          min={1}
          max={100}
          step={1}
          error={errors.field("quorum")}
          hint="Share of everyone eligible (members, and guests when they vote) who must vote."
        />
      </div>
      <CheckboxField
        label="Guests may vote"
        name="guestsMayVote"
        hint="Off: only workspace members vote. On: this debate's guests vote too, and count towards the quorum; their ballots are shown apart."
      />
      <FormError message={errors.formMessage} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="primary"
          pending={create.isPending}
          pendingLabel="Opening…"
          disabled={tooLong !== null}
        >
          Open the vote
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}
