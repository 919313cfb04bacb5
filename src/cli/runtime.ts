import { loadConfig, type Config, type ConfigOverrides } from '../config.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import { createStore, type Store } from '../db/store.ts';
import { createServices, type Services } from '../services/index.ts';
import { assignWards, loadGeo } from '../services/geo.ts';

export type Runtime = { config: Config; database: Database; store: Store; services: Services; close: () => Promise<void> };

// Opens the database (embedded unless DATABASE_URL is set), applies committed migrations, wires services.
export async function openRuntime(overrides: ConfigOverrides = {}): Promise<Runtime> {
  const config = loadConfig(process.env, overrides);
  loadGeo(config); // bad boundary or postcode files stop here, before the database starts
  const database = await openDatabase({ databaseUrl: config.databaseUrl, migrationUrl: config.migrationUrl, dataDir: config.dataDir, dbPort: config.dbPort });
  if (database.role && !database.role.restricted) {
    // Names the login only, never its password.
    console.warn(
      `Warning: the database login "${database.role.role}" could change the audit trail (${database.role.problems.join('; ')}). ` +
        'Set LANTERN_MIGRATION_DATABASE_URL to the schema owner and DATABASE_URL to a login that owns nothing (docs/security.md).',
    );
  }
  let services: Services;
  const store = createStore(database.db);
  try {
    services = createServices(store, () => new Date(), config);
    // Ward codes follow the configured boundaries (LANTERN_WARDS): reassigned when they change.
    await assignWards(store, services.places.geo, new Date());
  } catch (e) {
    await database.close();
    throw e;
  }
  return { config, database, store, services, close: () => database.close() };
}
