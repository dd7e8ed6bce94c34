/** First varUint of every frame on /collab. 0–3 are y-websocket's; the rest are ours. */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /**
   * Server → client, only to clients that connect with `?saved=1`: the server document's state
   * vector after an update from that client was written to storage. A client whose own state
   * vector is covered by it knows that all its edits are saved.
   */
  Saved: 100,
  /**
   * Server → client, only to clients that connect with `?schema=N`: the client's schema version is
   * older than the server's. The connection stays, read-only; the client should reload.
   */
  SchemaOutdated: 101,
  /**
   * Server → client: whether the client may write, as a varUint `Access` value. Sent when a
   * connection opens read-only, when that changes (finalise, reopen), and when a read-only client
   * sends an update, which is dropped.
   */
  Access: 102,
  /**
   * Server → client: the meeting's state (versions, approvals, members, verified decisions)
   * changed; fetch it again. Carries nothing.
   */
  StateChanged: 103,
  /**
   * Server → editors: whether the server can store their changes, as a varUint `Storage` value.
   * `NotSaving` while the database is unavailable: changes are held (on the server and in the
   * editor) and not shared until they are stored; `Saving` once they are.
   */
  Storage: 104,
} as const;

/** The payload of `MessageType.Access`. */
export const Access = {
  Writable: 0,
  /** The role may not write (a reader, or a published copy). */
  ReadOnlyRole: 1,
  /** The meeting is finalised; nobody may write until it is reopened. */
  Finalised: 2,
} as const;
export type Access = (typeof Access)[keyof typeof Access];

/** The payload of `MessageType.Storage`. */
export const Storage = {
  Saving: 0,
  NotSaving: 1,
} as const;
export type Storage = (typeof Storage)[keyof typeof Storage];

export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Query parameter with which a client asks for `MessageType.Saved` frames. */
export const SAVED_PARAM = 'saved';

/** Query parameter with which a client states the schema version it writes (`SCHEMA_VERSION`). */
export const SCHEMA_PARAM = 'schema';

/** Query parameter with which a script authenticates on /collab (`pnpm minutes token`). */
export const TOKEN_PARAM = 'token';
