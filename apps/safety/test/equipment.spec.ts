/**
 * Safety equipment (消防器材) at First Primary, on the GB 50444 schedule: the safety officer registers
 * extinguishers; a dry-powder one made eleven years ago is past its scrap age and the daily job raises one
 * hazard for it, however often it runs; a failed monthly check raises a hazard at once, linked to the
 * check; a service moves the next one two years on; scrapping keeps it and stops its checks. Every
 * refusal names its field and writes nothing.
 */
import pino from 'pino';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { equipmentHazardJob } from '../src/equipment/equipment.job';
import { ROOMS, SCHOOL_A, SCHOOL_B, startSafety, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const FIELDS = `id code kind extinguisherType status version nextCheckOn nextServiceOn expiresOn lastCheckPassed scrapped zoneId roomId
  records { kind occurredOn passed hazard { id title source level } }`;
const REGISTER = `mutation($input: RegisterSafetyEquipmentInput!) { registerSafetyEquipment(input: $input) { ${FIELDS} } }`;
const CHECK = `mutation($input: RecordEquipmentCheckInput!) { recordEquipmentCheck(input: $input) { ${FIELDS} } }`;
const SERVICE = `mutation($input: RecordEquipmentServiceInput!) { recordEquipmentService(input: $input) { ${FIELDS} } }`;
const SCRAP = `mutation($input: ScrapSafetyEquipmentInput!) { scrapSafetyEquipment(input: $input) { ${FIELDS} } }`;

interface EquipmentView {
  id: string;
  status: string;
  version: number;
  records: { kind: string; hazard: { id: string; title: string; source: string } | null }[];
  [key: string]: unknown;
}
let n = 0;
const register = async (extra: Record<string, unknown> = {}, who: Who = 'safety') =>
  ok<{ registerSafetyEquipment: EquipmentView }>(
    await request(who, REGISTER, {
      input: {
        schoolId: SCHOOL_A,
        kind: 'FIRE_EXTINGUISHER',
        extinguisherType: 'DRY_POWDER',
        code: `MHQ-A-${++n}`,
        location: '教学楼A三楼东侧楼梯口',
        roomId: ROOMS.class32.roomId,
        manufacturedOn: '2024-03-01',
        ...extra,
      },
    }),
  ).registerSafetyEquipment;
const equipmentHazards = async () =>
  ok(await request('safety', `{ hazards(filter: { schoolId: "${SCHOOL_A}", source: EQUIPMENT }, first: 100) { nodes { id title } } }`))
    .hazards.nodes as { id: string; title: string }[];
const runJob = (iso: string) =>
  sub.dataSource.transaction((manager) =>
    equipmentHazardJob.run({ manager, tick: new Date(iso), now: new Date(iso), logger: pino({ level: 'silent' }) }),
  );

describe('the extinguishers of Teaching Building A (教学楼A灭火器)', () => {
  it('registers a two-year-old dry-powder extinguisher: in order, first service at five years, scrapped at ten', async () => {
    const fresh = await register({ code: 'MHQ-A3-01' });
    expect(fresh).toMatchObject({ status: 'OK', nextServiceOn: '2029-03-01', expiresOn: '2034-03-01', nextCheckOn: '2026-12-16' });
  });

  it('an eleven-year-old dry-powder extinguisher is EXPIRED; the job raises one hazard for it however often it runs', async () => {
    const old = await register({ code: 'MHQ-A3-02', manufacturedOn: '2015-06-01' });
    expect(old.status).toBe('EXPIRED');
    const before = (await equipmentHazards()).length;
    await runJob('2026-11-16T22:20:00Z');
    await runJob('2026-11-17T22:20:00Z');
    const after = await equipmentHazards();
    expect(after.filter((h) => h.title.startsWith('MHQ-A3-02'))).toEqual([
      { id: expect.any(String), title: 'MHQ-A3-02 已达报废年限或已过期' },
    ]);
    expect(after.length).toBeGreaterThanOrEqual(before + 1);
  });

  it('a failed monthly check (pressure low) raises a hazard at once, linked to the check and placed in the room', async () => {
    const item = await register({ code: 'MHQ-A3-03' });
    const checked = ok<{ recordEquipmentCheck: EquipmentView }>(
      await request('maintenance', CHECK, { input: { equipmentId: item.id, passed: true, pressureOk: false, note: '压力表指针在红区' } }),
    ).recordEquipmentCheck;
    expect(checked).toMatchObject({ status: 'FAILED', lastCheckPassed: false, nextCheckOn: '2026-12-16' });
    expect(checked.records[0]).toMatchObject({
      kind: 'CHECK',
      passed: false,
      hazard: { title: 'MHQ-A3-03 检查不合格', source: 'EQUIPMENT' },
    });
    const hazard = ok(await request('safety', `{ hazard(id: "${checked.records[0].hazard!.id}") { roomId description } }`)).hazard;
    expect(hazard).toEqual({ roomId: ROOMS.class32.roomId, description: '压力表指针在红区' });

    const passed = ok<{ recordEquipmentCheck: EquipmentView }>(
      await request('safety', CHECK, { input: { equipmentId: item.id, passed: true, pressureOk: true } }),
    ).recordEquipmentCheck;
    expect(passed.status).toBe('OK');
  });

  it('a check overdue raises a hazard once; a service moves the next one two years on; scrapping keeps it and stops its checks', async () => {
    const item = await register({ code: 'MHQ-A3-04', manufacturedOn: '2021-01-10' });
    expect(item.status).toBe('SERVICE_DUE');
    const serviced = ok<{ recordEquipmentService: EquipmentView }>(
      await request('safety', SERVICE, { input: { equipmentId: item.id, note: '消防维保公司再充装' } }),
    ).recordEquipmentService;
    expect(serviced).toMatchObject({ status: 'OK', nextServiceOn: '2028-11-16' });

    await runJob('2026-12-20T22:20:00Z');
    await runJob('2026-12-21T22:20:00Z');
    expect((await equipmentHazards()).filter((h) => h.title === 'MHQ-A3-04 月度检查逾期')).toHaveLength(1);

    const scrapped = ok<{ scrapSafetyEquipment: EquipmentView }>(
      await request('safety', SCRAP, { input: { equipmentId: item.id, version: serviced.version, reason: '筒体锈蚀' } }),
    ).scrapSafetyEquipment;
    expect(scrapped).toMatchObject({ status: 'SCRAPPED', scrapped: true });
    expectCode(await expectNoWrites(sub, () => request('safety', CHECK, { input: { equipmentId: item.id, passed: true } })), 'CONFLICT');
  });

  it('lists the school’s equipment by status and counts it for the district', async () => {
    const expired = ok(
      await request('safety', `{ safetyEquipment(schoolId: "${SCHOOL_A}", filter: { status: EXPIRED }) { nodes { code status } } }`),
    );
    expect(expired.safetyEquipment.nodes).toEqual([{ code: 'MHQ-A3-02', status: 'EXPIRED' }]);
    const all = ok(await request('safety', `{ safetyEquipment(schoolId: "${SCHOOL_A}", first: 100) { nodes { code status } } }`))
      .safetyEquipment.nodes as {
      status: string;
    }[];
    for (const status of ['OK', 'EXPIRED', 'SCRAPPED', 'FAILED', 'CHECK_OVERDUE', 'SERVICE_DUE']) {
      const filtered = ok(
        await request(
          'safety',
          `{ safetyEquipment(schoolId: "${SCHOOL_A}", filter: { status: ${status} }, first: 100) { nodes { status } } }`,
        ),
      ).safetyEquipment.nodes as { status: string }[];
      expect(filtered.length).toBe(all.filter((e) => e.status === status).length);
      expect(filtered.every((e) => e.status === status)).toBe(true);
    }
    const summary = ok(
      await request(
        'auditor',
        `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { equipmentSummary { inService ok expired compliance } } } }`,
      ),
    )._entities[0].equipmentSummary;
    expect(summary).toMatchObject({ inService: all.filter((e) => e.status !== 'SCRAPPED').length, expired: 1 });
  });
});

describe('what the equipment register refuses, writing nothing', () => {
  const refused = (who: Who, extra: Record<string, unknown>) =>
    expectNoWrites(sub, () =>
      request(who, REGISTER, {
        input: {
          schoolId: SCHOOL_A,
          kind: 'FIRE_EXTINGUISHER',
          extinguisherType: 'CO2',
          code: 'X-1',
          location: '门卫室',
          manufacturedOn: '2024-01-01',
          ...extra,
        },
      }),
    );

  it('a teacher may not register (FORBIDDEN before validation); school B’s officer may not register at A nor check A’s', async () => {
    expectCode(await refused('teacher', { manufacturedOn: 'nonsense' }), 'FORBIDDEN');
    expectCode(await refused('safetyB', {}), 'FORBIDDEN');
    const item = await register();
    expectCode(await expectNoWrites(sub, () => request('safetyB', CHECK, { input: { equipmentId: item.id, passed: false } })), 'NOT_FOUND');
    expect(codes(await request('safetyB', `{ safetyEquipmentItem(id: "${item.id}") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['manufacturedOn', { manufacturedOn: '2027-01-01' }],
    ['extinguisherType', { extinguisherType: null }],
    ['extinguisherType', { kind: 'AED' }],
    ['roomId', { roomId: ROOMS.labB.roomId }],
    ['schoolId', { schoolId: SCHOOL_B }],
  ])('bad %s', async (field, extra) => {
    const response = await refused('safety', extra);
    if (field === 'schoolId') expect(codes(response)).toEqual(['FORBIDDEN']);
    else expectBadInput(response, field);
  });

  it('a label the school already has, a check in the future, a pressure reading on a first-aid kit', async () => {
    const item = await register({ code: 'MHQ-DUP' });
    expectBadInput(await refused('safety', { code: 'MHQ-DUP' }), 'code');
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', CHECK, { input: { equipmentId: item.id, passed: true, on: '2027-01-01' } })),
      'on',
    );
    const kit = await register({ kind: 'FIRST_AID_KIT', extinguisherType: null, code: 'JJX-1', contentsExpireOn: '2027-06-30' });
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', CHECK, { input: { equipmentId: kit.id, passed: true, pressureOk: true } })),
      'pressureOk',
    );
  });
});
