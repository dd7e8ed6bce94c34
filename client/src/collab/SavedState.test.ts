import { describe, expect, it } from 'vitest';
import { type DeleteRanges, SavedState, type StateVector } from './SavedState';

const ME = 1;
const OTHER = 2;

const sv = (...entries: [number, number][]): StateVector => new Map(entries);
const ds = (...entries: [number, [number, number][]][]): DeleteRanges =>
  new Map(entries.map(([client, ranges]) => [client, ranges.map(([clock, len]) => ({ clock, len }))]));
const none = ds();

type Step =
  | { local: StateVector; deleted?: DeleteRanges }
  | { server: StateVector }
  | { serverDeleted: DeleteRanges };

function run(steps: Step[]): SavedState {
  const state = new SavedState();
  for (const step of steps) {
    if ('local' in step) state.localChange(step.local, step.deleted ?? none);
    else if ('server' in step) state.serverHas(step.server);
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
      steps: [{ local: sv([ME, 3]) }, { server: sv([ME, 3], [OTHER, 9]) }],
      saved: true,
    },
    {
      name: 'a Saved frame for an earlier insert only',
      steps: [{ local: sv([ME, 3]) }, { local: sv([ME, 5]) }, { server: sv([ME, 3]) }],
      saved: false,
    },
    {
      name: 'an edit after the last Saved frame',
      steps: [{ local: sv([ME, 3]) }, { server: sv([ME, 3]) }, { local: sv([ME, 4]) }],
      saved: false,
    },
    {
      name: 'offline content that the server already had when we connected',
      steps: [{ server: sv([OTHER, 10], [ME, 2]) }, { local: sv([OTHER, 10], [ME, 2]) }],
      saved: true,
    },
    {
      name: 'offline content the server lacks',
      steps: [{ server: sv([OTHER, 10]) }, { local: sv([OTHER, 10], [ME, 2]) }],
      saved: false,
    },
    {
      name: 'a state vector that goes back does not undo what the server confirmed',
      steps: [
        { local: sv([ME, 3]) },
        { server: sv([ME, 3]) },
        { server: sv([ME, 1]) },
        { local: sv([ME, 3]) },
      ],
      saved: true,
    },
    {
      name: 'a deletion is not confirmed by a state vector',
      steps: [{ local: sv(), deleted: ds([OTHER, [[4, 2]]]) }, { server: sv([ME, 9], [OTHER, 9]) }],
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
        { server: sv([ME, 2]) },
        { serverDeleted: ds([ME, [[0, 1]]]) },
      ],
      saved: true,
    },
    {
      name: 'an insert confirmed but its deletion not yet',
      steps: [{ local: sv([ME, 2]), deleted: ds([ME, [[0, 1]]]) }, { server: sv([ME, 2]) }],
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
