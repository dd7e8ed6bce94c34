import { usePostgres } from '../support/postgres.js';
import { accessStoreContract } from './accessStoreContract.js';
import { storeBackends } from './storeBackends.js';

const postgres = usePostgres();
for (const backend of storeBackends(postgres)) accessStoreContract(backend);
