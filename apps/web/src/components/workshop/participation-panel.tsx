"use client";

import { useQuery } from "@tanstack/react-query";
import { useDebate } from "@/components/debate/debate-context";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { ROLE_LABELS } from "@/lib/roles";
import { useTRPC } from "@/lib/trpc";

/** Who has posted and voted, and who has not yet: the people who may want a turn. */
export function ParticipationPanel() {
  const trpc = useTRPC();
  const { debateId } = useDebate();
  const participation = useQuery(trpc.workshop.participation.queryOptions({ debateId }));
  const data = participation.data;

  return (
    <section aria-labelledby="participation-heading" className="space-y-3 md:col-span-2">
      <h3 id="participation-heading" className="font-semibold tracking-tight">
        Participation
      </h3>
      {participation.error ? <FormError message={getErrorMessage(participation.error)} /> : null}
      {participation.isPending ? <StatusMessage>Loading who has taken part…</StatusMessage> : null}
      {data ? (
        <>
          <p className="text-sm text-stone-700">
            {data.postedCount} of {data.total} have posted · {data.votedCount} of {data.total} have
            voted
          </p>
          <div className="max-h-72 overflow-y-auto rounded-md border border-stone-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Who has posted and voted in this debate</caption>
              <thead className="sticky top-0 bg-stone-50 text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-1.5 font-medium">
                    Person
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-right font-medium">
                    Posted
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-right font-medium">
                    Voted
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {data.people.map((person) => (
                  <tr key={person.id} className={person.silent ? "bg-amber-50/50" : undefined}>
                    <th scope="row" className="px-3 py-1.5 font-normal">
                      <span className="font-medium">{person.displayName}</span>{" "}
                      <span className="text-stone-500">
                        {person.guest ? "Guest" : ROLE_LABELS[person.role]}
                        {person.silent ? " · not yet taken part" : ""}
                      </span>
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{person.posted}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{person.voted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
