import pino from 'pino';
import { Column, DataSource, Entity } from 'typeorm';
import { newId } from '@houqin/common';
import { createTestDatabase, TestDatabase } from '@houqin/testing';
import {
  createDataSource,
  currentSqlStats,
  defineSqlStore,
  IdColumn,
  printStatements,
  RefColumn,
  runRaw,
  sqlFileText,
  statementName,
  withSqlStats,
} from '../src';

@Entity('meter_reading')
class MeterReading {
  @IdColumn()
  id: string;

  @RefColumn()
  schoolId: string;

  @Column('int')
  kwh: number;
}

/** A store as a service writes one: builders and raw SQL, each with example arguments. */
const meterSql = defineSqlStore(
  'meter',
  {
    ofSchool: (m, schoolId: string) =>
      m.createQueryBuilder(MeterReading, 'mr').where('mr.schoolId = :schoolId', { schoolId }).orderBy('mr.id'),
    addKwh: (m, id: string, kwh: number) =>
      m
        .createQueryBuilder()
        .update(MeterReading)
        .set({ kwh: () => 'kwh + :kwh' })
        .where('id = :id', { id, kwh }),
    totalOfSchool: (_m, schoolId: string) => ({
      sql: 'SELECT SUM(kwh) AS total FROM meter_reading WHERE schoolId = ?',
      parameters: [schoolId],
    }),
  },
  { ofSchool: ['school-1'], addKwh: ['reading-1', 5], totalOfSchool: ['school-1'] },
);

let db: TestDatabase;
let dataSource: DataSource;
const school = newId();

beforeAll(async () => {
  db = await createTestDatabase('named-sql');
  dataSource = await createDataSource({
    service: 'named-sql',
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    entities: [MeterReading],
    migrations: [],
    logger: pino({ level: 'silent' }),
  });
  await dataSource.initialize();
  await dataSource.synchronize();
  await dataSource.getRepository(MeterReading).insert([
    { id: newId(), schoolId: school, kwh: 10 },
    { id: newId(), schoolId: school, kwh: 20 },
  ]);
});

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

describe('named SQL', () => {
  it('puts the name in front of the SQL, where the logger reads it back', () => {
    const sql = meterSql.ofSchool(dataSource.manager, school).getQuery();
    expect(sql.startsWith('/* meter.ofSchool */ SELECT')).toBe(true);
    expect(statementName(sql)).toBe('meter.ofSchool');
    expect(statementName('SELECT 1')).toBeUndefined();
    expect(meterSql.totalOfSchool(dataSource.manager, school).sql).toBe(
      '/* meter.totalOfSchool */ SELECT SUM(kwh) AS total FROM meter_reading WHERE schoolId = ?',
    );
  });

  it('counts each named statement a request runs, beside the total', async () => {
    const stats = await withSqlStats(async () => {
      const [reading] = await meterSql.ofSchool(dataSource.manager, school).getMany();
      await meterSql.addKwh(dataSource.manager, reading.id, 5).execute();
      const [{ total }] = await runRaw<{ total: number | string }>(dataSource.manager, meterSql.totalOfSchool(dataSource.manager, school));
      expect(Number(total)).toBe(35);
      await dataSource.query('SELECT 1');
      return currentSqlStats();
    });
    expect(stats?.named).toEqual({ 'meter.ofSchool': 1, 'meter.addKwh': 1, 'meter.totalOfSchool': 1 });
    expect(stats?.statements).toBe(4);
  });

  it('prints every statement of a store with its example arguments, in declaration order', () => {
    const [printed] = printStatements(dataSource.manager, [meterSql]);
    expect(printed.concept).toBe('meter');
    expect(printed.statements.map((s) => s.name)).toEqual(['meter.ofSchool', 'meter.addKwh', 'meter.totalOfSchool']);
    const text = sqlFileText(printed.concept, printed.statements);
    expect(text).toContain('-- meter.addKwh\n/* meter.addKwh */ UPDATE');
    expect(text).toContain(':schoolId');
  });

  it('refuses a name that is not concept.camelCase', () => {
    expect(() => defineSqlStore('Meter', { x: () => ({ sql: 'SELECT 1', parameters: [] }) }, { x: [] })).toThrow(/concept\.camelCase/);
  });
});
