import type { Meeting, Minutes, MinutesAction } from '@minutes/shared';

/** An earlier meeting of the series with its minutes, oldest first. */
export interface EarlierMeeting {
  meeting: Pick<Meeting, 'id' | 'title' | 'date'>;
  minutes: Minutes;
}

export interface CarriedTask {
  from: EarlierMeeting['meeting'];
  task: MinutesAction;
}

export interface ReturningItem {
  from: EarlierMeeting['meeting'];
  title: string;
}

/**
 * What is still open from earlier meetings: every task not done (the tracker's status wins over
 * the written one), and every tabled item that no later meeting has taken up again as an agenda
 * item of the same title that was not tabled once more.
 */
export function openBusiness(
  earlier: readonly EarlierMeeting[],
  statusOf: (meetingId: string, nodeId: string) => 'open' | 'done' | undefined,
): { tasks: CarriedTask[]; tabled: ReturningItem[] } {
  const tasks = earlier.flatMap(({ meeting, minutes }) =>
    minutes.actions
      .filter((task) => (task.id ? (statusOf(meeting.id, task.id) ?? task.status) : task.status) !== 'done')
      .map((task) => ({ from: meeting, task })),
  );
  const pending = new Map<string, ReturningItem>();
  for (const { meeting, minutes } of earlier) {
    for (const item of minutes.agenda) {
      const key = item.title.trim().toLowerCase();
      if (item.status === 'tabled') pending.set(key, { from: meeting, title: item.title.trim() });
      else pending.delete(key);
    }
  }
  return { tasks, tabled: [...pending.values()] };
}
