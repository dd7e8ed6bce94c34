import type { RegisteredDecision } from '@minutes/shared';
import { anchorId } from '../render/anchorId.js';
import type { MeetingView, MeetingViews } from './MeetingViews.js';

/** Every decision of the meetings, oldest meeting first and in document order within each. */
export class DecisionRegister {
  constructor(private readonly views: MeetingViews) {}

  async list(views: readonly MeetingView[]): Promise<RegisteredDecision[]> {
    const perMeeting = await Promise.all(views.map((view) => this.decisionsOf(view)));
    return perMeeting.flat();
  }

  private async decisionsOf(view: MeetingView): Promise<RegisteredDecision[]> {
    const minutes = await this.views.minutes(view);
    if (!minutes) return [];
    const meetingTitle = this.views.title(view);
    return minutes.decisions.map((decision, index) => ({
      meetingId: view.meeting.id,
      meetingTitle,
      meetingDate: view.meeting.date,
      nodeId: decision.id ?? `#${index}`,
      text: decision.text,
      reservations: decision.reservations,
      agendaItemNumber: decision.agendaItemNumber,
      agendaItemTitle: decision.agendaItemTitle,
      finalised: view.status === 'finalised',
      path: this.views.path(view, anchorId('beslut', decision.id)),
    }));
  }
}
