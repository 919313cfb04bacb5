import { loadConfig, type Config, type ConfigOverrides } from '../config.ts';
import { type Database, migrateDatabase, openDatabase } from '../db/connection.ts';
import { createStore, type Store } from '../db/store.ts';
import { createServices, type Services } from '../services/index.ts';

export type Runtime = { config: Config; database: Database; store: Store; services: Services; close: () => Promise<void> };

// Opens the database (embedded unless DATABASE_URL is set), applies committed migrations, wires services.
export async function openRuntime(overrides: ConfigOverrides = {}): Promise<Runtime> {
  const config = loadConfig(process.env, overrides);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, dbPort: config.dbPort });
  try {
    await migrateDatabase(database.db);
  } catch (e) {
    await database.close();
    throw e;
  }
  const store = createStore(database.db);
  const services = createServices(store, () => new Date(), config);
  return { config, database, store, services, close: () => database.close() };
}
