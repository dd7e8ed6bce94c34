import type { AccessStore } from '../access/AccessStore.js';
import type { Logger } from '../Logger.js';
import type { MinutesExtraction } from '../minutes/MinutesExtraction.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { MeetingStore } from '../storage/MeetingStore.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';
import type { MeetingLifecycle } from '../versions/MeetingLifecycle.js';
import type { VersionStore } from '../versions/VersionStore.js';
import type { AcrossStores } from './AcrossStores.js';
import { CalendarFeeds } from './CalendarFeeds.js';
import { DecisionRegister } from './DecisionRegister.js';
import { MeetingViews } from './MeetingViews.js';
import { MinutesSearch } from './MinutesSearch.js';
import { TaskTracker } from './TaskTracker.js';

export interface AcrossDependencies {
  meetings: MeetingStore;
  documents: DocumentStore;
  accessStore: AccessStore;
  versions: VersionStore;
  extraction: MinutesExtraction;
  registry: RoomRegistry;
  lifecycle: MeetingLifecycle;
  stores: AcrossStores;
  log: Logger;
}

/** Across the meetings of a series: the task tracker, the decision register, search and calendar feeds. */
export interface Across {
  views: MeetingViews;
  tracker: TaskTracker;
  register: DecisionRegister;
  search: MinutesSearch;
  feeds: CalendarFeeds;
}

export function createAcross(deps: AcrossDependencies): Across {
  const { stores, extraction, log } = deps;
  const views = new MeetingViews(deps);
  const search = new MinutesSearch(views, stores.searchIndex, log);
  extraction.onExtracted((meetingId, document, { idle }) => search.indexDraft(meetingId, document, { idle }));
  return {
    views,
    tracker: new TaskTracker({ ...deps, views, taskStatuses: stores.taskStatuses }),
    register: new DecisionRegister(views),
    search,
    feeds: new CalendarFeeds(stores.feedTokens, deps.accessStore),
  };
}
