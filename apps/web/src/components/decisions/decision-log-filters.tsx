"use client";

import { Search } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { type DecisionStatus, STATUS_LABELS } from "./decision-words";

export type LogFilters = { status: DecisionStatus | null; query: string };

const STATUSES = Object.keys(STATUS_LABELS) as DecisionStatus[];

/** Filter by status (at once) and search the text of outcomes and rationales (on submit). */
export function DecisionLogFilters({
  value,
  onChange,
}: {
  value: LogFilters;
  onChange: (next: LogFilters) => void;
}) {
  const [query, setQuery] = useState(value.query);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...value, query: query.trim() });
  }

  return (
    <search aria-label="Filter decisions">
      <form
        onSubmit={onSubmit}
        className="grid items-end gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto]"
      >
        <SelectField
          label="Status"
          value={value.status ?? ""}
          onChange={(event) =>
            onChange({ ...value, status: (event.target.value || null) as DecisionStatus | null })
          }
        >
          <option value="">All</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status === "contested" ? "Premise contested" : STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Words in the outcome or rationale"
        />
        <Button type="submit">
          <Search aria-hidden="true" className="size-4" />
          Search
        </Button>
      </form>
    </search>
  );
}
