import { usePostgres } from '../support/postgres.js';
import { minutesStoreContract } from './minutesStoreContract.js';
import { storeBackends } from './storeBackends.js';

const postgres = usePostgres();
for (const backend of storeBackends(postgres)) minutesStoreContract(backend);
