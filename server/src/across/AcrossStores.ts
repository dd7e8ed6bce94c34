import type { SqliteDatabase } from '../storage/openDatabase.js';
import type { FeedTokenStore } from './FeedTokenStore.js';
import type { SearchIndex } from './SearchIndex.js';
import { SqliteFeedTokenStore } from './SqliteFeedTokenStore.js';
import { SqliteSearchIndex } from './SqliteSearchIndex.js';
import { SqliteTaskStatusStore } from './SqliteTaskStatusStore.js';
import type { TaskStatusStore } from './TaskStatusStore.js';

/** What the tracker, the search and the calendar feeds keep. */
export interface AcrossStores {
  taskStatuses: TaskStatusStore;
  searchIndex: SearchIndex;
  feedTokens: FeedTokenStore;
}

export function sqliteAcrossStores(db: SqliteDatabase): AcrossStores {
  return {
    taskStatuses: new SqliteTaskStatusStore(db),
    searchIndex: new SqliteSearchIndex(db),
    feedTokens: new SqliteFeedTokenStore(db),
  };
}
