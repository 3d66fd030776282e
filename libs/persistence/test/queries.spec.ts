import pino from 'pino';
import { Column, DataSource, Entity } from 'typeorm';
import { newId, Page } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import { createTestDatabase, TestDatabase } from '@houqin/testing';
import {
  applySchoolScope,
  createDataSource,
  currentSqlStats,
  IdColumn,
  paginate,
  RefColumn,
  RowVersionColumn,
  updateIfVersion,
  withSqlStats,
  byIdLoader,
} from '../src';

@Entity('repair_order')
class RepairOrder {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @Column('varchar', { length: 100 })
  title: string;

  @RowVersionColumn()
  version: number;
}

const viewer = (grants: { role: Role; schoolId: string | null }[], districtId = 'district-1') =>
  new Viewer({ accountId: 'a', username: 'u', staffId: null, districtId, grants });

let db: TestDatabase;
let dataSource: DataSource;
const schoolA = newId();
const schoolB = newId();

beforeAll(async () => {
  db = await createTestDatabase('persistence');
  dataSource = await createDataSource({
    service: 'persistence',
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    entities: [RepairOrder],
    migrations: [],
    logger: pino({ level: 'silent' }),
  });
  await dataSource.initialize();
  await dataSource.synchronize();
  const rows = [];
  for (let i = 0; i < 25; i++)
    rows.push({ id: newId(), districtId: 'district-1', schoolId: i % 2 ? schoolA : schoolB, title: `Leak ${i}` });
  rows.push({ id: newId(), districtId: 'district-2', schoolId: newId(), title: 'Other district' });
  await dataSource.getRepository(RepairOrder).insert(rows);
});

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

const scoped = (v: Viewer) => applySchoolScope(dataSource.getRepository(RepairOrder).createQueryBuilder('r'), v);

describe('the tenancy rule in SQL', () => {
  it('shows a school viewer only their school', async () => {
    const rows = await scoped(viewer([{ role: Role.STAFF, schoolId: schoolA }])).getMany();
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.schoolId))).toEqual(new Set([schoolA]));
  });

  it('shows district roles their whole district and nothing of another', async () => {
    const rows = await scoped(viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }])).getMany();
    expect(rows).toHaveLength(25);
  });

  it('shows an account without grants nothing', async () => {
    expect(await scoped(viewer([])).getCount()).toBe(0);
  });
});

describe('keyset pagination', () => {
  it('walks every row once, in creation order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Page<RepairOrder> = await paginate(scoped(viewer([{ role: Role.DISTRICT_ADMIN, schoolId: null }])), { first: 7, after });
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect([...seen].sort()).toEqual(seen);
  });
});

describe('optimistic locking', () => {
  it('lets the first of two writers with the same version win, and tells the second', async () => {
    const row = (await dataSource.getRepository(RepairOrder).findOneByOrFail({ title: 'Leak 0' }))!;
    const first = await updateIfVersion(dataSource.manager, RepairOrder, row.id, row.version, { title: 'Leak 0 (fixed)' });
    const second = await updateIfVersion(dataSource.manager, RepairOrder, row.id, row.version, { title: 'Leak 0 (overwritten)' });
    expect([first, second]).toEqual([true, false]);
    const after = await dataSource.getRepository(RepairOrder).findOneByOrFail({ id: row.id });
    expect(after).toMatchObject({ title: 'Leak 0 (fixed)', version: row.version + 1 });
  });
});

describe('batched loading', () => {
  it('turns many loads in one tick into one statement', async () => {
    const ids = (await dataSource.getRepository(RepairOrder).find()).map((r) => r.id);
    await withSqlStats(async () => {
      const loader = byIdLoader((batch) =>
        dataSource.getRepository(RepairOrder).createQueryBuilder('r').where('r.id IN (:...batch)', { batch }).getMany(),
      );
      const rows = await Promise.all([...ids, newId()].map((id) => loader.load(id)));
      expect(rows.filter(Boolean)).toHaveLength(ids.length);
      expect(rows[rows.length - 1]).toBeNull();
      expect(currentSqlStats()?.statements).toBe(1);
    });
  });
});
