import { usePostgres } from '../support/postgres.js';
import { storeBackends } from './storeBackends.js';
import { versionStoreContract } from './versionStoreContract.js';

const postgres = usePostgres();
for (const backend of storeBackends(postgres)) versionStoreContract(backend);
