import pino from 'pino';
import { Column, DataSource, Entity } from 'typeorm';
import { newId } from '@houqin/common';
import { definePermissions, Role, Viewer } from '@houqin/auth';
import { AuditEntry, createDataSource, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { createTestDatabase, TestDatabase } from '@houqin/testing';
import { defineFlow, WorkflowStepRecord } from '../src';

/** A small flow in the shape of the repairs to come: a teacher reports, maintenance fixes, someone else verifies. */
enum RepairStatus {
  REPORTED = 'REPORTED',
  FIXED = 'FIXED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

@Entity('repair')
class Repair extends SchoolOwnedEntity() {
  @Column('varchar', { length: 16 })
  status: RepairStatus;

  @RefColumn()
  reporterAccountId: string;

  @RefColumn({ nullable: true })
  fixerAccountId: string | null;

  @RowVersionColumn()
  version: number;
}

@Entity('workflow_step')
class Step extends WorkflowStepRecord {}

const P = definePermissions({
  report: { doing: 'Reporting a repair', school: [Role.STAFF, Role.MAINTENANCE] },
  fix: { doing: 'Fixing', school: [Role.MAINTENANCE] },
  verify: { doing: 'Verifying a repair', school: [Role.MAINTENANCE, Role.GENERAL_AFFAIRS_DIRECTOR] },
});

const repairFlow = defineFlow({
  name: 'Repair',
  subjectType: 'REPAIR',
  noun: 'repair',
  auditPrefix: 'repair',
  states: Object.values(RepairStatus),
  entity: Repair,
  stepEntity: Step,
  transitions: {
    REPORTED: { from: [], to: [RepairStatus.REPORTED], permission: P.report, audit: 'report' },
    FIXED: { from: [RepairStatus.REPORTED], to: [RepairStatus.FIXED], permission: P.fix, audit: 'fix' },
    VERIFIED: {
      from: [RepairStatus.FIXED],
      to: [RepairStatus.VERIFIED, RepairStatus.REJECTED],
      permission: P.verify,
      separate: { who: (r: Repair) => r.fixerAccountId, reason: 'You fixed this', doing: 'verify' },
      audit: 'verify',
    },
  },
});

const DISTRICT = 'district-1';
const SCHOOL = newId();
const OTHER_SCHOOL = newId();
const person = (accountId: string, role: Role, schoolId = SCHOOL) =>
  new Viewer({ accountId, username: accountId, staffId: null, districtId: DISTRICT, grants: [{ role, schoolId }] });
const teacher = person('teacher', Role.STAFF);
const electrician = person('electrician', Role.MAINTENANCE);
const plumber = person('plumber', Role.MAINTENANCE);
const otherSchoolsPlumber = person('other', Role.MAINTENANCE, OTHER_SCHOOL);
const actor = (viewer: Viewer) => ({ viewer, requestId: 'test-request' });

let db: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  db = await createTestDatabase('workflow');
  dataSource = await createDataSource({
    service: 'workflow',
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    entities: [Repair, Step],
    migrations: [],
    logger: pino({ level: 'silent' }),
  });
  await dataSource.initialize();
  await dataSource.synchronize();
});

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

const codeOf = async (work: () => unknown) => {
  try {
    await work();
    return 'none';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? String(error);
  }
};

/** A teacher reports a leak: the record and its first step, in one transaction. */
async function reportLeak(): Promise<Repair> {
  repairFlow.allow(teacher, 'REPORTED', SCHOOL);
  return dataSource.transaction(async (manager) => {
    const repair = manager.create(Repair, {
      id: newId(),
      districtId: DISTRICT,
      schoolId: SCHOOL,
      status: RepairStatus.REPORTED,
      reporterAccountId: teacher.accountId,
      fixerAccountId: null,
    });
    await manager.insert(Repair, repair);
    await repairFlow.recordCreation(manager, actor(teacher), 'REPORTED', repair, {
      comment: 'Leak under the sink in room 203',
      changes: { room: '203' },
    });
    return manager.findOneByOrFail(Repair, { id: repair.id });
  });
}

const fix = (repair: Repair, by: Viewer) =>
  dataSource.transaction((manager) =>
    repairFlow.check(by, 'FIXED', repair).commit(manager, actor(by), { set: { fixerAccountId: by.accountId }, changes: {} }),
  );

describe('a declared flow', () => {
  it('moves a record along its table, recording each step and its audit entry', async () => {
    const reported = await reportLeak();
    const fixed = await fix(reported, electrician);
    expect(fixed).toMatchObject({ status: RepairStatus.FIXED, fixerAccountId: 'electrician', version: reported.version + 1 });
    const verified = await dataSource.transaction((manager) =>
      repairFlow
        .check(plumber, 'VERIFIED', fixed)
        .commit(manager, actor(plumber), { to: RepairStatus.VERIFIED, comment: '  dry now  ', changes: { ok: true } }),
    );
    expect(verified.status).toBe(RepairStatus.VERIFIED);

    const steps = await repairFlow.stepsLoader<Step>(dataSource).load(reported.id);
    expect(steps.map((s) => [s.action, s.actorAccountId, s.comment])).toEqual([
      ['REPORTED', 'teacher', 'Leak under the sink in room 203'],
      ['FIXED', 'electrician', null],
      ['VERIFIED', 'plumber', 'dry now'],
    ]);
    const audit = await dataSource
      .getRepository(AuditEntry)
      .find({ where: { entityId: reported.id }, order: { occurredAt: 'ASC', id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['repair.report', 'repair.fix', 'repair.verify']);
  });

  it('refuses a role that does not allow the step, and a person of another school, with FORBIDDEN', async () => {
    const repair = await reportLeak();
    expect(await codeOf(() => repairFlow.check(teacher, 'FIXED', repair))).toBe('FORBIDDEN');
    expect(await codeOf(() => repairFlow.check(otherSchoolsPlumber, 'FIXED', repair))).toBe('FORBIDDEN');
    expect(await codeOf(() => repairFlow.check(null, 'FIXED', repair))).toBe('UNAUTHENTICATED');
    expect(await codeOf(() => repairFlow.allow(teacher, 'REPORTED', OTHER_SCHOOL))).toBe('FORBIDDEN');
  });

  it('keeps duties separate: whoever fixed it cannot verify it', async () => {
    const fixed = await fix(await reportLeak(), electrician);
    expect(await codeOf(() => repairFlow.check(electrician, 'VERIFIED', fixed))).toBe('FORBIDDEN');
    expect(await codeOf(() => repairFlow.check(plumber, 'VERIFIED', fixed))).toBe('none');
    // A step the record can no longer take is CONFLICT, even for the person the duty rule would refuse.
    const verified = await dataSource.transaction((manager) =>
      repairFlow.check(plumber, 'VERIFIED', fixed).commit(manager, actor(plumber), { to: RepairStatus.VERIFIED, changes: {} }),
    );
    expect(await codeOf(() => repairFlow.check(electrician, 'VERIFIED', verified))).toBe('CONFLICT');
  });

  it('tells without throwing what check would decide (refusal, allows): what a client may be offered', async () => {
    const reported = await reportLeak();
    const fixed = await fix(await reportLeak(), electrician);
    const cases: [Viewer | null, 'FIXED' | 'VERIFIED', Repair, string | null][] = [
      [teacher, 'FIXED', reported, 'role'],
      [otherSchoolsPlumber, 'FIXED', reported, 'role'],
      [null, 'FIXED', reported, 'role'],
      [plumber, 'VERIFIED', reported, 'state'],
      [electrician, 'VERIFIED', fixed, 'duty'],
      [plumber, 'VERIFIED', fixed, null],
      [plumber, 'FIXED', reported, null],
    ];
    const codes: Record<string, string> = { role: 'FORBIDDEN', state: 'CONFLICT', duty: 'FORBIDDEN' };
    for (const [viewer, action, record, refusal] of cases) {
      expect(repairFlow.refusal(viewer, action, record)).toBe(refusal);
      expect(repairFlow.allows(viewer, action, record)).toBe(refusal === null);
      const expected = refusal === null ? 'none' : viewer ? codes[refusal] : 'UNAUTHENTICATED';
      expect(await codeOf(() => repairFlow.check(viewer, action, record))).toBe(expected);
    }
  });

  it('answers CONFLICT for a skipped or repeated step, and for a record changed since it was read', async () => {
    const reported = await reportLeak();
    expect(await codeOf(() => repairFlow.check(plumber, 'VERIFIED', reported))).toBe('CONFLICT');
    await fix(reported, electrician);
    // The same stale copy again: someone else moved it meanwhile, so nothing is written.
    const stepsBefore = await dataSource.getRepository(Step).countBy({ subjectId: reported.id });
    expect(await codeOf(() => fix(reported, plumber))).toBe('CONFLICT');
    expect(await dataSource.getRepository(Step).countBy({ subjectId: reported.id })).toBe(stepsBefore);
    expect((await dataSource.getRepository(Repair).findOneByOrFail({ id: reported.id })).fixerAccountId).toBe('electrician');
  });

  it('refuses, as a programming error, a next state the table does not allow', async () => {
    const reported = await reportLeak();
    await expect(
      dataSource.transaction((manager) =>
        repairFlow.check(electrician, 'FIXED', reported).commit(manager, actor(electrician), { to: RepairStatus.VERIFIED, changes: {} }),
      ),
    ).rejects.toThrow(/cannot lead to VERIFIED/);
    expect((await dataSource.getRepository(Repair).findOneByOrFail({ id: reported.id })).status).toBe(RepairStatus.REPORTED);
  });

  it('prints its table as a state diagram', () => {
    expect(repairFlow.diagram()).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> REPORTED: REPORTED (STAFF, MAINTENANCE)',
        '  REPORTED --> FIXED: FIXED (MAINTENANCE)',
        '  FIXED --> VERIFIED: VERIFIED (MAINTENANCE, GENERAL_AFFAIRS_DIRECTOR), separation of duties',
        '  FIXED --> REJECTED: VERIFIED (MAINTENANCE, GENERAL_AFFAIRS_DIRECTOR), separation of duties',
      ].join('\n'),
    );
  });

  it('refuses a table that names a state the flow does not have', () => {
    expect(() =>
      defineFlow({
        ...repairFlow.definition,
        transitions: { FIXED: { from: ['LOST' as RepairStatus], to: [RepairStatus.FIXED], permission: P.fix, audit: 'fix' } },
      }),
    ).toThrow(/unknown states: LOST/);
  });
});
