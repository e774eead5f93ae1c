import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ProposalOption } from "./proposal-words";

type RankingListProps = {
  idPrefix: string;
  ranked: ProposalOption[];
  unranked: ProposalOption[];
  onMove: (optionId: string, by: -1 | 1) => void;
  onAdd: (optionId: string) => void;
  onRemove: (optionId: string) => void;
};

const SMALL = "min-h-9 px-2";

/** "Your ranking" as an ordered list with Move up / Move down, and the options not ranked yet. */
export function RankingList({
  idPrefix,
  ranked,
  unranked,
  onMove,
  onAdd,
  onRemove,
}: RankingListProps) {
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h4 id={`${idPrefix}-ranked`} className="text-sm font-medium text-stone-800">
          Your ranking, most preferred first
        </h4>
        {ranked.length === 0 ? (
          <p className="text-sm text-stone-600">Nothing ranked yet: add options below.</p>
        ) : (
          <ol
            aria-labelledby={`${idPrefix}-ranked`}
            className="divide-y divide-stone-100 rounded-md border border-stone-200"
          >
            {ranked.map((option, index) => (
              <li key={option.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
                <span className="w-6 text-sm font-semibold text-stone-500 tabular-nums">
                  {index + 1}.
                </span>
                <span className="min-w-0 flex-1 text-sm text-stone-900">{option.label}</span>
                <span className="flex gap-1">
                  <Button
                    id={`${idPrefix}-up-${option.id}`}
                    aria-label={`Move up: ${option.label}`}
                    variant="quiet"
                    className={SMALL}
                    disabled={index === 0}
                    onClick={() => onMove(option.id, -1)}
                  >
                    <ArrowUp aria-hidden="true" className="size-4" />
                    <span className="sr-only sm:not-sr-only">Move up</span>
                  </Button>
                  <Button
                    id={`${idPrefix}-down-${option.id}`}
                    aria-label={`Move down: ${option.label}`}
                    variant="quiet"
                    className={SMALL}
                    disabled={index === ranked.length - 1}
                    onClick={() => onMove(option.id, 1)}
                  >
                    <ArrowDown aria-hidden="true" className="size-4" />
                    <span className="sr-only sm:not-sr-only">Move down</span>
                  </Button>
                  <Button
                    id={`${idPrefix}-remove-${option.id}`}
                    aria-label={`Remove ${option.label} from my ranking`}
                    variant="quiet"
                    className={SMALL}
                    onClick={() => onRemove(option.id)}
                  >
                    <X aria-hidden="true" className="size-4" />
                  </Button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
      {unranked.length > 0 ? (
        <div className="space-y-2">
          <h4 id={`${idPrefix}-unranked`} className="text-sm font-medium text-stone-800">
            Not ranked
          </h4>
          <ul aria-labelledby={`${idPrefix}-unranked`} className="flex flex-wrap gap-2">
            {unranked.map((option) => (
              <li key={option.id}>
                <Button
                  id={`${idPrefix}-add-${option.id}`}
                  className="min-h-9 px-3"
                  onClick={() => onAdd(option.id)}
                >
                  <Plus aria-hidden="true" className="size-4" />
                  <span className="sr-only">Rank </span>
                  {option.label}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
