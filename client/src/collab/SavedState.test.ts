import { describe, expect, it } from 'vitest';
import { type DeleteRanges, SavedState, type StateVector } from './SavedState';

const ME = 1;
const OTHER = 2;
/** A client id of an earlier session in this browser, loaded from IndexedDB. */
const EARLIER = 3;

const sv = (...entries: [number, number][]): StateVector => new Map(entries);
const ds = (...entries: [number, [number, number][]][]): DeleteRanges =>
  new Map(entries.map(([client, ranges]) => [client, ranges.map(([clock, len]) => ({ clock, len }))]));
const none = ds();

type Step =
  | { local: StateVector; deleted?: DeleteRanges }
  | { saved: StateVector }
  | { held: StateVector }
  | { serverDeleted: DeleteRanges };

function run(steps: Step[]): SavedState {
  const state = new SavedState(ME);
  for (const step of steps) {
    if ('local' in step) state.localChange(step.local, step.deleted ?? none);
    else if ('saved' in step) state.serverSaved(step.saved);
    else if ('held' in step) state.serverHeld(step.held);
    else state.serverDeleted(step.serverDeleted);
  }
  return state;
}

describe('SavedState', () => {
  const cases: { name: string; steps: Step[]; saved: boolean }[] = [
    { name: 'nothing changed', steps: [], saved: true },
    { name: 'a local insert not yet confirmed', steps: [{ local: sv([ME, 3]) }], saved: false },
    {
      name: 'a Saved frame that covers the insert',
      steps: [{ local: sv([ME, 3]) }, { saved: sv([ME, 3], [OTHER, 9]) }],
      saved: true,
    },
    {
      name: 'a Saved frame for an earlier insert only',
      steps: [{ local: sv([ME, 3]) }, { local: sv([ME, 5]) }, { saved: sv([ME, 3]) }],
      saved: false,
    },
    {
      name: 'an edit after the last Saved frame',
      steps: [{ local: sv([ME, 3]) }, { saved: sv([ME, 3]) }, { local: sv([ME, 4]) }],
      saved: false,
    },
    {
      name: 'content loaded from IndexedDB that the server held when we connected',
      steps: [{ held: sv([OTHER, 10], [EARLIER, 2]) }, { local: sv([OTHER, 10], [EARLIER, 2]) }],
      saved: true,
    },
    {
      name: 'content loaded from IndexedDB that the server lacks',
      steps: [{ held: sv([OTHER, 10]) }, { local: sv([OTHER, 10], [EARLIER, 2]) }],
      saved: false,
    },
    {
      name: 'loaded content first, the server state after',
      steps: [{ local: sv([OTHER, 10], [EARLIER, 2]) }, { held: sv([OTHER, 12], [EARLIER, 2]) }],
      saved: true,
    },
    {
      name: "this session's edits held by the server but not yet stored",
      steps: [{ local: sv([ME, 4]) }, { held: sv([ME, 4]) }],
      saved: false,
    },
    {
      name: "this session's edits held, then stored",
      steps: [{ local: sv([ME, 4]) }, { held: sv([ME, 4]) }, { saved: sv([ME, 4]) }],
      saved: true,
    },
    {
      name: 'a state vector that goes back does not undo what the server confirmed',
      steps: [{ local: sv([ME, 3]) }, { saved: sv([ME, 3]) }, { saved: sv([ME, 1]) }, { local: sv([ME, 3]) }],
      saved: true,
    },
    {
      name: 'a deletion is not confirmed by a state vector',
      steps: [{ local: sv(), deleted: ds([OTHER, [[4, 2]]]) }, { saved: sv([ME, 9], [OTHER, 9]) }],
      saved: false,
    },
    {
      name: 'a deletion the server delete set contains',
      steps: [
        { local: sv(), deleted: ds([OTHER, [[4, 2]]]) },
        {
          serverDeleted: ds([
            OTHER,
            [
              [0, 1],
              [2, 3],
              [5, 4],
            ],
          ]),
        },
      ],
      saved: true,
    },
    {
      name: 'a deletion the server delete set covers only in part',
      steps: [{ local: sv(), deleted: ds([OTHER, [[4, 3]]]) }, { serverDeleted: ds([OTHER, [[0, 6]]]) }],
      saved: false,
    },
    {
      name: 'one of two deletions confirmed',
      steps: [
        { local: sv(), deleted: ds([OTHER, [[4, 1]]], [ME, [[0, 1]]]) },
        { serverDeleted: ds([OTHER, [[4, 1]]]) },
      ],
      saved: false,
    },
    {
      name: 'an insert and a deletion, both confirmed',
      steps: [
        { local: sv([ME, 2]), deleted: ds([ME, [[0, 1]]]) },
        { saved: sv([ME, 2]) },
        { serverDeleted: ds([ME, [[0, 1]]]) },
      ],
      saved: true,
    },
    {
      name: 'an insert confirmed but its deletion not yet',
      steps: [{ local: sv([ME, 2]), deleted: ds([ME, [[0, 1]]]) }, { saved: sv([ME, 2]) }],
      saved: false,
    },
  ];

  for (const { name, steps, saved } of cases) {
    it(`${saved ? 'saved' : 'unsaved'}: ${name}`, () => {
      expect(run(steps).isSaved).toBe(saved);
    });
  }

  it('reports pending deletions so that the caller can ask the server for its delete set', () => {
    const state = run([{ local: sv(), deleted: ds([OTHER, [[1, 1]]]) }]);
    expect(state.hasPendingDeletes).toBe(true);
    state.serverDeleted(ds([OTHER, [[1, 1]]]));
    expect(state.hasPendingDeletes).toBe(false);
  });
});
