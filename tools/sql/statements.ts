import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditEntry, printStatements, sqlFileText } from '@houqin/persistence';
import { SUBGRAPHS, type SubgraphEntry } from '../subgraphs';

export const ROOT = join(__dirname, '..', '..');
export const sqlDir = (entry: SubgraphEntry) => join(ROOT, entry.appDir, 'sql');

/**
 * The `.sql` file of every concept of every subgraph as the code prints it now, in MySQL's dialect
 * (what production runs). No server is needed: the SQL is generated from the entities' metadata.
 */
export async function currentSqlFiles(): Promise<{ entry: SubgraphEntry; path: string; text: string }[]> {
  const out = [];
  for (const entry of SUBGRAPHS) {
    const definition = entry.definition();
    if (!definition.sqlStores?.length) continue;
    const dataSource = new DataSource({ type: 'mysql', database: `houqin_${entry.name}`, entities: [...definition.entities, AuditEntry] });
    // Builds entity metadata without connecting; initialize() would open a connection.
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    for (const { concept, statements } of printStatements(dataSource.manager, definition.sqlStores)) {
      out.push({ entry, path: join(sqlDir(entry), `${concept}.sql`), text: sqlFileText(concept, statements) });
    }
  }
  return out;
}

/** The `.sql` files checked in for a subgraph (none when it has no sql/ folder). */
export function checkedInSqlFiles(entry: SubgraphEntry): { path: string; text: string }[] {
  try {
    return readdirSync(sqlDir(entry))
      .filter((name) => name.endsWith('.sql'))
      .map((name) => ({ path: join(sqlDir(entry), name), text: readFileSync(join(sqlDir(entry), name), 'utf8') }));
  } catch {
    return [];
  }
}
