/**
 * Training (培训) and drills (演练) at First Primary: the district requires canteen staff to take food-safety
 * training yearly and electricians to hold a special-operations certificate (特种作业操作证); the safety officer
 * records them; the compliance matrix shows who is valid, expiring, expired or missing. Drills are held to
 * the two-minute evacuation target and a term month without one is a gap. Every refusal writes nothing.
 */
import pino from 'pino';
import { envelopeOf, OutboxEvent } from '@houqin/events';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { trainingExpiryJob } from '../src/training/training-expiry.job';
import { CAMPUS_A, SCHOOL_A, SCHOOL_B, staffOf, startSafety, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const DEFINE = `mutation($input: DefineTrainingRequirementInput!) { defineTrainingRequirement(input: $input) { id post validityMonths version } }`;
const RECORD = `mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id name takenOn expiresOn } }`;
const DRILL = `mutation($input: RecordDrillInput!) { recordDrill(input: $input) { id heldOn targetSeconds metTarget } }`;
const MATRIX = `{ trainingCompliance(schoolId: "${SCHOOL_A}", first: 50) { nodes { id posts staff { id } entries { requirement { name } status expiresOn } } } }`;

let foodSafety: { id: string };
let managerFoodSafety: { id: string };
let electricianCert: { id: string };

describe('training compliance at First Primary (培训合规)', () => {
  it('the district requires food safety yearly for cooks and canteen managers, and the electrician’s certificate', async () => {
    foodSafety = ok(
      await request('admin', DEFINE, { input: { post: 'COOK', name: '食品安全培训', kind: 'FOOD_SAFETY', validityMonths: 12 } }),
    ).defineTrainingRequirement;
    managerFoodSafety = ok(
      await request('admin', DEFINE, { input: { post: 'CANTEEN_MANAGER', name: '食品安全培训', kind: 'FOOD_SAFETY', validityMonths: 12 } }),
    ).defineTrainingRequirement;
    electricianCert = ok(
      await request('admin', DEFINE, { input: { post: 'ELECTRICIAN', name: '特种作业操作证（电工）', kind: 'SPECIAL_OPERATIONS' } }),
    ).defineTrainingRequirement;
    expect(electricianCert).toMatchObject({ post: 'ELECTRICIAN', validityMonths: null });
  });

  it('the officer records the cook’s training of 13 months ago (expired) and the electrician’s certificate (expiring soon)', async () => {
    const cook = ok(
      await request('safety', RECORD, {
        input: { schoolId: SCHOOL_A, staffId: staffOf('A', 'COOK'), requirementId: foodSafety.id, takenOn: '2025-10-10' },
      }),
    ).recordTraining;
    expect(cook).toMatchObject({ name: '食品安全培训', expiresOn: '2026-10-09' });
    await request('safety', RECORD, {
      input: {
        schoolId: SCHOOL_A,
        staffId: staffOf('A', 'ELECTRICIAN'),
        requirementId: electricianCert.id,
        takenOn: '2020-12-01',
        expiresOn: '2026-12-01',
        certificateNumber: 'T330100198001011234',
      },
    });
    const matrix = ok(await request('safety', MATRIX)).trainingCompliance.nodes as {
      id: string;
      entries: { requirement: { name: string }; status: string; expiresOn: string | null }[];
    }[];
    const of = (post: string) =>
      matrix.find((p) => p.id === staffOf('A', post))?.entries.map((e) => [e.requirement.name, e.status, e.expiresOn]);
    expect(of('COOK')).toEqual([['食品安全培训', 'EXPIRED', '2026-10-09']]);
    expect(of('ELECTRICIAN')).toEqual([['特种作业操作证（电工）', 'EXPIRING', '2026-12-01']]);
    expect(of('CANTEEN_MANAGER')).toEqual([['食品安全培训', 'MISSING', null]]);
    expect(of('TEACHER')).toBeUndefined();
  });

  it('counts the school’s compliance for the district, and shows a person their own trainings', async () => {
    const summary = ok(
      await request(
        'auditor',
        `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { trainingSummary { required valid expiring expired missing compliance } } } }`,
      ),
    )._entities[0].trainingSummary;
    expect(summary).toEqual({ required: 3, valid: 1, expiring: 1, expired: 1, missing: 1, compliance: '33.3' });
    const own = ok(
      await request(
        'electrician',
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { trainings { name expiresOn } } } }`,
        {
          reps: [{ __typename: 'Staff', id: staffOf('A', 'ELECTRICIAN') }],
        },
      ),
    )._entities[0].trainings;
    expect(own).toEqual([{ name: '特种作业操作证（电工）', expiresOn: '2026-12-01' }]);
    const others = ok(
      await request('teacher2', `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { trainings { name } } } }`, {
        reps: [{ __typename: 'Staff', id: staffOf('A', 'ELECTRICIAN') }],
      }),
    )._entities[0].trainings;
    expect(others).toEqual([]);
  });
});

describe('expiry notices (到期提醒)', () => {
  /** The job's morning run on a day (07:10 in Shanghai). */
  const runOn = (day: string) =>
    sub.dataSource.transaction((manager) =>
      trainingExpiryJob.run({
        manager,
        tick: new Date(`${day}T07:10:00+08:00`),
        now: new Date(`${day}T07:10:00+08:00`),
        logger: pino({ level: 'silent' }),
      }),
    );
  const announced = async () =>
    (await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: 'safety.training.expiring' }, order: { id: 'ASC' } }))
      .map(envelopeOf)
      .map((e) => {
        const p = e.payload as { staffId: string; state: string; expiresOn: string; daysLeft: number };
        return [
          p.staffId === staffOf('A', 'COOK') ? 'cook' : p.staffId === staffOf('A', 'ELECTRICIAN') ? 'electrician' : p.staffId,
          p.state,
          p.expiresOn,
          p.daysLeft,
          e.schoolId,
        ];
      })
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));

  it('tells the cook (expired) and the electrician (expiring), once each, and the electrician again when it runs out', async () => {
    await runOn('2026-11-20');
    const first = [
      ['cook', 'EXPIRED', '2026-10-09', -42, SCHOOL_A],
      ['electrician', 'EXPIRING', '2026-12-01', 11, SCHOOL_A],
    ];
    expect(await announced()).toEqual(first);
    // The next mornings, and a second run the same morning: nothing twice.
    await runOn('2026-11-20');
    await runOn('2026-11-25');
    expect(await announced()).toEqual(first);
    await runOn('2026-12-02');
    expect(await announced()).toEqual([first[0], ['electrician', 'EXPIRED', '2026-12-01', -1, SCHOOL_A], first[1]]);
  });

  it('a renewal is no news: the canteen manager retrained before the old training ran out, so only the new one will be told', async () => {
    const manager = staffOf('A', 'CANTEEN_MANAGER');
    for (const takenOn of ['2025-11-25', '2026-11-10'])
      ok(
        await request('safety', RECORD, { input: { schoolId: SCHOOL_A, staffId: manager, requirementId: managerFoodSafety.id, takenOn } }),
      );
    await runOn('2026-11-21'); // the old record (to 2026-11-24) would be 3 days from expiry
    expect((await announced()).filter((a) => a[0] === manager)).toEqual([]);
    await runOn('2027-10-20'); // the new one (to 2027-11-09) is within the 30 days' notice
    expect((await announced()).filter((a) => a[0] === manager)).toEqual([[manager, 'EXPIRING', '2027-11-09', 20, SCHOOL_A]]);
  });
});

describe('drills (应急演练)', () => {
  it('holds a four-floor evacuation to two minutes, and a term month without a drill is a gap', async () => {
    const fast = ok(
      await request('safety', DRILL, {
        input: {
          schoolId: SCHOOL_A,
          campusId: CAMPUS_A,
          kind: 'EVACUATION',
          heldOn: '2026-09-15',
          participants: 820,
          evacuationSeconds: 105,
          buildingFloors: 4,
        },
      }),
    ).recordDrill;
    expect(fast).toMatchObject({ targetSeconds: 120, metTarget: true });
    const slow = ok(
      await request('safety', DRILL, {
        input: { schoolId: SCHOOL_A, kind: 'FIRE', heldOn: '2026-11-05', participants: 800, evacuationSeconds: 150, buildingFloors: 3 },
      }),
    ).recordDrill;
    expect(slow).toMatchObject({ targetSeconds: 120, metTarget: false });
    const tall = ok(
      await request('safety', DRILL, {
        input: {
          schoolId: SCHOOL_A,
          kind: 'EVACUATION',
          heldOn: '2026-11-06',
          participants: 300,
          evacuationSeconds: 200,
          buildingFloors: 6,
        },
      }),
    ).recordDrill;
    expect(tall).toMatchObject({ targetSeconds: null, metTarget: null });
    const gaps = ok(
      await request(
        'safety',
        `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { drillGaps(from: "2026-07-01", to: "2026-11-30") } } }`,
      ),
    )._entities[0].drillGaps;
    expect(gaps).toEqual(['2026-10']);
    const listed = ok(
      await request('safety', `{ safetyDrills(schoolId: "${SCHOOL_A}", from: "2026-09-01", to: "2026-11-30") { nodes { heldOn } } }`),
    );
    expect(listed.safetyDrills.nodes).toHaveLength(3);
  });
});

describe('what training and drills refuse, writing nothing', () => {
  it('a school officer may not define a district requirement; a teacher may not record a training (FORBIDDEN before validation)', async () => {
    expectCode(
      await expectNoWrites(sub, () => request('safety', DEFINE, { input: { post: 'COOK', name: 'X', kind: 'OTHER', validityMonths: 12 } })),
      'FORBIDDEN',
    );
    expectCode(
      await expectNoWrites(sub, () => request('teacher', RECORD, { input: { schoolId: SCHOOL_A, staffId: 'nonsense', takenOn: 'soon' } })),
      'FORBIDDEN',
    );
  });

  it.each([
    ['post', { post: 'ASTRONAUT' }],
    ['validityMonths', { validityMonths: null }],
    ['validityMonths', { validityMonths: 0 }],
  ])('a requirement with bad %s', async (field, extra) => {
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safety', DEFINE, {
          input: { schoolId: SCHOOL_A, post: 'COOK', name: '消防培训', kind: 'FIRE_SAFETY', validityMonths: 12, ...extra },
        }),
      ),
      field,
    );
  });

  it.each([
    ['staffId', { staffId: staffOf('B', 'COOK') }],
    ['takenOn', { takenOn: '2027-01-01' }],
    ['requirementId', { staffId: staffOf('A', 'TEACHER') }],
    ['expiresOn', { expiresOn: '2020-01-01' }],
  ])('a training record with bad %s', async (field, extra) => {
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safety', RECORD, {
          input: { schoolId: SCHOOL_A, staffId: staffOf('A', 'COOK'), requirementId: foodSafety.id, takenOn: '2026-06-01', ...extra },
        }),
      ),
      field,
    );
  });

  it('school B may not record at A nor read A’s matrix; a drill in the future names its field', async () => {
    expectCode(
      await expectNoWrites(sub, () =>
        request('safetyB', RECORD, { input: { schoolId: SCHOOL_A, staffId: staffOf('A', 'COOK'), takenOn: '2026-06-01', name: 'X' } }),
      ),
      'FORBIDDEN',
    );
    expect(codes(await request('safetyB', MATRIX))).toEqual(['FORBIDDEN']);
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safety', DRILL, { input: { schoolId: SCHOOL_A, kind: 'FIRE', heldOn: '2026-12-01', participants: 10 } }),
      ),
      'heldOn',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safetyB', DRILL, {
          input: { schoolId: SCHOOL_B, campusId: CAMPUS_A, kind: 'FIRE', heldOn: '2026-11-01', participants: 10 },
        }),
      ),
      'campusId',
    );
  });
});
