import { usePostgres } from '../support/postgres.js';
import { acrossStoresContract } from './acrossStoresContract.js';
import { storeBackends } from './storeBackends.js';

const postgres = usePostgres();
for (const backend of storeBackends(postgres)) acrossStoresContract(backend);
