import type { AccessStore } from '../access/AccessStore.js';
import type { AcrossStores } from '../across/AcrossStores.js';
import type { VersionStore } from '../versions/VersionStore.js';
import type { DocumentStore } from './DocumentStore.js';
import type { MeetingStore } from './MeetingStore.js';
import type { MinutesStore } from './MinutesStore.js';

/** Every store the server keeps, over one database. */
export interface Stores {
  meetings: MeetingStore;
  documents: DocumentStore;
  minutes: MinutesStore;
  access: AccessStore;
  versions: VersionStore;
  across: AcrossStores;
  /** Where the data is, for the log: a file, or a database URL without its password. */
  location: string;
  /** Closes the database. */
  close(): Promise<void>;
}
