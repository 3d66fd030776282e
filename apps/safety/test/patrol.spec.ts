/**
 * Patrols (区域巡查) at First Primary: the electrician answers for the third floor of Teaching Building A,
 * patrolled daily. He walks it, finds the toilet's emergency light dead (a hazard of the zone at once);
 * the officer sees the week's patrols and a missed Wednesday; a teacher, an outsider and a careless
 * date are refused, writing nothing.
 */
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { CAMPUS_A, ROOMS, SCHOOL_A, SCHOOL_B, staffOf, startSafety, UNKNOWN_ID, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const RECORD = `mutation($input: RecordSafetyPatrolInput!) { recordSafetyPatrol(input: $input) { id patrolledOn note findingCount zone { id } patrolledBy { id } } }`;
const PATROLS = `query($zoneId: ID, $from: String, $to: String) { safetyPatrols(schoolId: "${SCHOOL_A}", zoneId: $zoneId, from: $from, to: $to, first: 20) { nodes { patrolledOn findingCount } } }`;

let zone: { id: string };
// TEST_TODAY is Monday 2026-11-16.
describe('the electrician patrols the third floor daily (教学楼A三楼，每日巡查)', () => {
  it('the officer sets up the zone', async () => {
    zone = ok(
      await request('safety', `mutation($input: CreateSafetyZoneInput!) { createSafetyZone(input: $input) { id } }`, {
        input: {
          schoolId: SCHOOL_A,
          campusId: CAMPUS_A,
          name: '教学楼A三楼',
          kind: 'ROOMS',
          responsibleStaffId: staffOf('A', 'ELECTRICIAN'),
          patrolEveryDays: 1,
          roomIds: [ROOMS.class32.roomId, ROOMS.toilet3.roomId],
        },
      }),
    ).createSafetyZone;
  });

  it('records last week’s patrols (Wednesday missed) and today’s with a finding that becomes a hazard of the zone', async () => {
    for (const day of ['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'])
      ok(await request('electrician', RECORD, { input: { zoneId: zone.id, patrolledOn: day, note: '门窗完好，消防通道畅通' } }));
    const today = ok(
      await request('electrician', RECORD, {
        input: {
          zoneId: zone.id,
          findings: [{ title: '卫生间应急照明灯不亮', description: '按测试键不亮，电池可能失效', roomId: ROOMS.toilet3.roomId }],
        },
      }),
    ).recordSafetyPatrol;
    expect(today).toMatchObject({
      patrolledOn: '2026-11-16',
      findingCount: 1,
      zone: { id: zone.id },
      patrolledBy: { id: staffOf('A', 'ELECTRICIAN') },
    });
    const hazards = ok(
      await request(
        'safety',
        `{ hazards(filter: { schoolId: "${SCHOOL_A}", source: PATROL }, first: 10) { nodes { title level zoneId roomId status } } }`,
      ),
    ).hazards.nodes;
    expect(hazards).toEqual([
      { title: '卫生间应急照明灯不亮', level: 'GENERAL', zoneId: zone.id, roomId: ROOMS.toilet3.roomId, status: 'REPORTED' },
    ]);
  });

  it('the officer reads the patrols, the zone’s state and the week’s completion with the missed Wednesday', async () => {
    const patrols = ok(await request('safety', PATROLS, { from: '2026-11-09', to: '2026-11-16' })).safetyPatrols.nodes;
    expect(patrols.map((p: { patrolledOn: string }) => p.patrolledOn)).toEqual([
      '2026-11-16',
      '2026-11-13',
      '2026-11-12',
      '2026-11-10',
      '2026-11-09',
    ]);
    // The zone's own person reads their zone's patrols; another staff member does not.
    expect(
      ok(await request('electrician', PATROLS, { zoneId: zone.id, from: '2026-11-09', to: '2026-11-16' })).safetyPatrols.nodes,
    ).toHaveLength(5);
    expectCode(await request('teacher2', PATROLS, { zoneId: zone.id }), 'FORBIDDEN');

    const state = ok(await request('safety', `{ safetyZone(id: "${zone.id}") { patrol { lastPatrolledOn dueOn overdue } } }`)).safetyZone
      .patrol;
    expect(state).toEqual({ lastPatrolledOn: '2026-11-16', dueOn: '2026-11-17', overdue: false });

    const completion = ok(
      await request(
        'auditor',
        `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { patrolCompletion(from: "2026-11-09", to: "2026-11-16") { zoneId name patrolEveryDays expected covered missed { from to } rate } } } }`,
      ),
    )._entities[0].patrolCompletion;
    expect(completion).toEqual([
      {
        zoneId: zone.id,
        name: '教学楼A三楼',
        patrolEveryDays: 1,
        expected: 6,
        covered: 5,
        missed: [{ from: '2026-11-11', to: '2026-11-11' }],
        rate: '83.3',
      },
    ]);
  });
});

describe('what a patrol refuses, writing nothing', () => {
  it('a staff member who does not answer for the zone and an auditor get FORBIDDEN; school B gets NOT_FOUND', async () => {
    expectCode(await expectNoWrites(sub, () => request('teacher2', RECORD, { input: { zoneId: zone.id } })), 'FORBIDDEN');
    // The auditor's role records no patrol at all: refused before the input is looked at.
    expectCode(
      await expectNoWrites(sub, () => request('auditor', RECORD, { input: { zoneId: zone.id, patrolledOn: 'yesterday' } })),
      'FORBIDDEN',
    );
    expectCode(await expectNoWrites(sub, () => request('safetyB', RECORD, { input: { zoneId: zone.id } })), 'NOT_FOUND');
  });

  it.each([
    ['a day in the future', { patrolledOn: '2026-11-17' }, 'patrolledOn'],
    ['a day a month ago', { patrolledOn: '2026-10-16' }, 'patrolledOn'],
    ['nonsense for a day', { patrolledOn: '16/11/2026' }, 'patrolledOn'],
    ['an unknown zone', { zoneId: UNKNOWN_ID }, null],
    [
      'a room outside the zone',
      { findings: [{ title: '厨房地面湿滑', description: '无防滑垫', roomId: ROOMS.kitchen.roomId }] },
      'findings.0.roomId',
    ],
    ['a room of school B', { findings: [{ title: '实验室', description: '电线裸露', roomId: ROOMS.labB.roomId }] }, 'findings.0.roomId'],
    [
      'a level the district does not use',
      { findings: [{ title: '楼梯扶手松动', description: '三楼东侧', level: 'SERIOUS' }] },
      'findings.0.level',
    ],
    ['an empty finding', { findings: [{ title: ' ', description: '' }] }, 'findings.0.title'],
  ])('%s', async (_, change, field) => {
    const response = await expectNoWrites(sub, () => request('electrician', RECORD, { input: { zoneId: zone.id, ...change } }));
    if (field) expectBadInput(response, field);
    else expectCode(response, 'NOT_FOUND');
  });

  it('a retired zone is no longer patrolled; lists of school A are not school B’s to read', async () => {
    expectCode(await request('safetyB', PATROLS, {}), 'FORBIDDEN');
    expectCode(await request('safety', `{ safetyPatrols(schoolId: "${SCHOOL_B}", first: 5) { nodes { id } } }`), 'FORBIDDEN');
    expect(codes(await request('safety', `{ safetyPatrols(schoolId: "${SCHOOL_A}", first: 500) { nodes { id } } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
