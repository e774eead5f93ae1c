import { StatusBadge } from "@/components/debate/claim-status-badge";
import { CheckboxField } from "@/components/ui/field";
import { excerpt } from "@/lib/debate";

export type PremiseOption = { id: string; number: number; body: string; stands: boolean };

type PremiseChoicesProps = {
  premises: PremiseOption[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
};

/** The claims the decision rests on: if one stops standing, the decision is flagged for review. */
export function PremiseChoices({ premises, chosen, onChange }: PremiseChoicesProps) {
  function toggle(id: string, on: boolean) {
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  }
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-stone-800">Rests on (optional)</legend>
      <p className="text-sm text-stone-600">
        Positions and supports that stand now. If one of them stops standing, the decision is
        flagged “Premise contested”.
      </p>
      {premises.length === 0 ? (
        <p className="text-sm text-stone-700">No position or support stands right now.</p>
      ) : (
        <div className="max-h-80 space-y-3 overflow-y-auto rounded-md border border-stone-200 p-3">
          {premises.map((premise) => (
            <CheckboxField
              key={premise.id}
              label={`#${premise.number} ${excerpt(premise.body, 140)}`}
              checked={chosen.includes(premise.id)}
              onChange={(event) => toggle(premise.id, event.target.checked)}
              hint={premise.stands ? undefined : <StatusBadge kind="challenged" />}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
