import { MemoryDocumentStore } from '@minutes/server';
import { afterAll } from 'vitest';
import { usePostgres } from '../support/postgres.js';
import { documentStoreContract } from './documentStoreContract.js';
import { storeBackends, type TestDatabase } from './storeBackends.js';

const postgres = usePostgres();

documentStoreContract('MemoryDocumentStore', async () => new MemoryDocumentStore());

const databases: TestDatabase[] = [];
afterAll(() => {
  for (const database of databases) database.remove();
});

for (const backend of storeBackends(postgres)) {
  documentStoreContract(
    backend.name,
    async () => {
      const database = await backend.createDatabase();
      databases.push(database);
      return (await database.open()).documents;
    },
    async () => {
      const database = databases.at(-1);
      if (!database) throw new Error('no database yet');
      return (await database.open()).documents;
    },
  );
}
