import { usePostgres } from '../support/postgres.js';
import { meetingStoreContract } from './meetingStoreContract.js';
import { storeBackends } from './storeBackends.js';

const postgres = usePostgres();
for (const backend of storeBackends(postgres)) meetingStoreContract(backend);
