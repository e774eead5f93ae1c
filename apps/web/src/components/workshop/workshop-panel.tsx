import type { DebateView } from "@/lib/debate";
import { GroupsVisibility } from "./groups-visibility";
import { GuestsPanel } from "./guests-panel";
import { ParticipationPanel } from "./participation-panel";
import { PhaseForm } from "./phase-form";

/** The facilitator's controls: move the phase (with its timer), let guests in, see who has taken part. */
export function WorkshopPanel({ view }: { view: DebateView }) {
  return (
    <div className="grid gap-x-8 gap-y-6 rounded-lg border border-stone-200 bg-white p-4 sm:p-5 md:grid-cols-2">
      {/* A new phase starts the form afresh, suggesting the phase after it. */}
      <PhaseForm key={view.debate.phase} view={view} />
      <GuestsPanel />
      <ParticipationPanel />
      <GroupsVisibility view={view} />
    </div>
  );
}
