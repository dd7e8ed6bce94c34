/**
 * The first key of the two-key advisory locks this server takes (`pg_advisory_xact_lock(space,
 * key)`), one space per kind of thing locked, so that its locks meet neither each other's nor
 * those of other programs sharing the database.
 */
export const LockSpace = {
  migrations: 1_296_649_001,
  documents: 1_296_649_002,
  meetings: 1_296_649_003,
  accounts: 1_296_649_004,
} as const;
