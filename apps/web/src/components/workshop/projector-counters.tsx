import type { DebateView } from "@/lib/debate";

/** Claims, unanswered objections and (when shown) votes: numbers big enough for the back row. */
export function ProjectorCounters({ view }: { view: DebateView }) {
  const votes = view.debate.talliesHidden
    ? null
    : view.claims.reduce((sum, claim) => sum + (claim.tally?.total ?? 0), 0);
  const counters = [
    { label: "claims", value: view.counts.claims, tone: "text-stone-950" },
    { label: "unanswered objections", value: view.counts.unanswered, tone: "text-amber-800" },
    // Parked objections are still open (counted above); the room sees how many were set aside.
    ...(view.counts.parked > 0
      ? [{ label: "of them parked", value: view.counts.parked, tone: "text-yellow-800" }]
      : []),
    ...(votes === null ? [] : [{ label: "votes on claims", value: votes, tone: "text-stone-950" }]),
  ];
  return (
    <section aria-label="Counters">
      <dl className="flex flex-wrap gap-x-14 gap-y-6">
        {counters.map((counter) => (
          <div key={counter.label} className="flex flex-col-reverse">
            <dt className="text-xl text-stone-700 lg:text-2xl">{counter.label}</dt>
            <dd className={`text-6xl font-semibold tabular-nums lg:text-8xl ${counter.tone}`}>
              {counter.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
