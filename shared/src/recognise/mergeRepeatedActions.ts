const STOP = new Set(
  'with from into that this will have about before after next meeting möte mötet till inför från med och eller samt efter innan senast nästa together asap snarast'.split(
    ' ',
  ),
);
const MONTH =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)$/u;
const MIN_SHARED = 0.5;

interface Mergeable {
  text: string;
  assignees: string[];
  due: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/u;

/** The words that say what a task is about, cut to a stem so "stallholder" meets "stallholders". */
function stems(action: Mergeable): Set<string> {
  const names = new Set(action.assignees.flatMap((name) => name.toLowerCase().split(/\s+/u)));
  return new Set(
    action.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !STOP.has(word) && !names.has(word) && !MONTH.test(word))
      .map((word) => word.slice(0, 6)),
  );
}

const ownerKey = (action: Mergeable) => action.assignees[0]?.split(/\s+/u)[0]?.toLowerCase() ?? '';

const sameOwners = (a: Mergeable, b: Mergeable) =>
  a.assignees.length > 0 &&
  a.assignees.length === b.assignees.length &&
  a.assignees.every((name) =>
    b.assignees.some(
      (other) => other.split(/\s+/u)[0]?.toLowerCase() === name.split(/\s+/u)[0]?.toLowerCase(),
    ),
  );

/**
 * Minutes often list their tasks twice: in the text and again in a summary at the end ("Action
 * summary", "Åtgärdslista"). A later task for the same people about the same things is the same
 * task: the first keeps its text and takes a due date it lacked (a day rather than a phrase).
 */
export function mergeRepeatedActions<T extends Mergeable>(
  actions: readonly T[],
): { kept: T[]; into: number[] } {
  const kept: T[] = [];
  const keptStems: Set<string>[] = [];
  const byOwner = new Map<string, number[]>();
  const into: number[] = [];
  for (const action of actions) {
    const own = stems(action);
    const owner = ownerKey(action);
    const k =
      byOwner.get(owner)?.find((n) => {
        const earlier = kept[n] as T;
        if (!sameOwners(earlier, action) || own.size === 0) return false;
        const theirs = keptStems[n] as Set<string>;
        let shared = 0;
        for (const stem of own) if (theirs.has(stem)) shared++;
        return shared > 0 && shared / Math.min(own.size, theirs.size || 1) >= MIN_SHARED;
      }) ?? -1;
    const earlier = kept[k];
    if (earlier) {
      if (earlier.due === null || (!ISO.test(earlier.due) && action.due !== null && ISO.test(action.due)))
        earlier.due = action.due ?? earlier.due;
      into.push(k);
      continue;
    }
    if (action.assignees.length > 0) byOwner.set(owner, [...(byOwner.get(owner) ?? []), kept.length]);
    into.push(kept.length);
    kept.push({ ...action });
    keptStems.push(own);
  }
  return { kept, into };
}
