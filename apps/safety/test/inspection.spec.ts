/**
 * Inspections (安全检查), told as First Primary lives them: the district keeps the monthly school-wide
 * template; the safety officer schedules it for the electrician; the job opens the month's round; the
 * electrician fills it item by item on the phone, finds the fire exit blocked and the extinguisher's
 * pressure low, and submits: both failures are hazards at once, linked to the round. A template
 * revision leaves the completed round as it was. Every refusal names its field and writes nothing.
 */
import pino from 'pino';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { inspectionRoundsJob } from '../src/inspection/inspection.job';
import { ROOMS, SCHOOL_A, SCHOOL_B, staffOf, startSafety, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const ROUND = `id status title dueOn late failedCount version templateVersion { number }
  items { text kind required photoRequired } answers { itemIndex result value hazard { id title source roundId level roomId } }`;
const CREATE_TEMPLATE = `mutation($input: CreateInspectionTemplateInput!) { createInspectionTemplate(input: $input) { id version currentVersion current { number sections { title } } } }`;
const REVISE = `mutation($input: ReviseInspectionTemplateInput!) { reviseInspectionTemplate(input: $input) { id version currentVersion } }`;
const SCHEDULE = `mutation($input: CreateInspectionScheduleInput!) { createInspectionSchedule(input: $input) { id nextOn } }`;
const START = `mutation($input: StartInspectionRoundInput!) { startInspectionRound(input: $input) { ${ROUND} } }`;
const ANSWER = `mutation($input: AnswerInspectionItemsInput!) { answerInspectionItems(input: $input) { ${ROUND} } }`;
const SUBMIT = `mutation($id: ID!) { submitInspectionRound(roundId: $id) { ${ROUND} } }`;

const MONTHLY = {
  name: '每月全校安全检查',
  cadence: 'MONTHLY',
  sections: [
    {
      title: '消防安全',
      items: [
        { text: '安全出口、疏散通道畅通', kind: 'PASS_FAIL' },
        { text: '灭火器压力', kind: 'NUMBER', min: '1.0', max: '1.4', unit: 'MPa', hazardLevel: 'MAJOR' },
        { text: '消防栓箱完好（拍照）', kind: 'PASS_FAIL', photoRequired: true },
      ],
    },
    {
      title: '用电安全',
      items: [
        { text: '教室无私拉乱接电线', kind: 'PASS_FAIL' },
        { text: '备注', kind: 'PASS_FAIL', required: false },
      ],
    },
  ],
};

interface RoundView {
  id: string;
  status: string;
  version: number;
  answers: { itemIndex: number; result: string; hazard: Record<string, unknown> | null }[];
  [key: string]: unknown;
}
let templateId: string;
const startRound = async (who: Who = 'safety', extra: Record<string, unknown> = {}) =>
  ok<{ startInspectionRound: RoundView }>(
    await request(who, START, { input: { schoolId: SCHOOL_A, templateId, assigneeStaffId: staffOf('A', 'ELECTRICIAN'), ...extra } }),
  ).startInspectionRound;
const answer = (who: Who, roundId: string, answers: Record<string, unknown>[]) => request(who, ANSWER, { input: { roundId, answers } });

describe('the monthly school-wide inspection at First Primary (每月全校安全检查)', () => {
  let round: RoundView;

  it('the district keeps the template; the officer schedules it and the job opens this month’s round, once', async () => {
    const template = ok(await request('admin', CREATE_TEMPLATE, { input: MONTHLY })).createInspectionTemplate;
    expect(template).toMatchObject({ currentVersion: 1, current: { number: 1, sections: [{ title: '消防安全' }, { title: '用电安全' }] } });
    templateId = template.id;

    const scheduled = ok(
      await request('safety', SCHEDULE, {
        input: {
          schoolId: SCHOOL_A,
          templateId,
          assigneeStaffId: staffOf('A', 'ELECTRICIAN'),
          frequency: 'MONTHLY',
          interval: 1,
          startsOn: '2026-11-16',
          dueDays: 5,
        },
      }),
    ).createInspectionSchedule;
    expect(scheduled.nextOn).toBe('2026-11-16');

    const run = (iso: string) =>
      sub.dataSource.transaction((manager) =>
        inspectionRoundsJob.run({ manager, tick: new Date(iso), now: new Date(iso), logger: pino({ level: 'silent' }) }),
      );
    await run('2026-11-16T01:00:00Z');
    await run('2026-11-16T02:00:00Z');
    const mine = ok(await request('electrician', `{ inspectionRounds(filter: { mine: true }) { nodes { id dueOn status title } } }`));
    expect(mine.inspectionRounds.nodes).toEqual([
      { id: expect.any(String), dueOn: '2026-11-21', status: 'OPEN', title: '每月全校安全检查' },
    ]);
    round = ok(
      await request('electrician', `{ inspectionRound(id: "${mine.inspectionRounds.nodes[0].id}") { ${ROUND} } }`),
    ).inspectionRound;
    expect((round.items as unknown[]).length).toBe(5);
  });

  it('the electrician fills it item by item; a required item unanswered or a missing photo keeps it from submission', async () => {
    round = ok(
      await answer('electrician', round.id, [
        { itemIndex: 0, result: 'FAIL', note: '二楼东侧安全出口堆放桌椅', roomId: ROOMS.class32.roomId },
      ]),
    ).answerInspectionItems;
    round = ok(
      await answer('electrician', round.id, [
        { itemIndex: 1, value: '0.8' },
        { itemIndex: 2, result: 'PASS' },
      ]),
    ).answerInspectionItems;
    expect(round.answers.map((a) => [a.itemIndex, a.result])).toEqual([
      [0, 'FAIL'],
      [1, 'FAIL'],
      [2, 'PASS'],
    ]);

    const unanswered = await expectNoWrites(sub, () => request('electrician', SUBMIT, { id: round.id }));
    expectBadInput(unanswered, 'answers');
    expect(unanswered.errors![0].message).toContain('教室无私拉乱接电线');

    round = ok(await answer('electrician', round.id, [{ itemIndex: 3, result: 'PASS' }])).answerInspectionItems;
    const noPhoto = await expectNoWrites(sub, () => request('electrician', SUBMIT, { id: round.id }));
    expectBadInput(noPhoto, 'answers');
    expect(noPhoto.errors![0].message).toContain('消防栓箱完好');
    round = ok(
      await answer('electrician', round.id, [{ itemIndex: 2, result: 'PASS', photoRefs: ['photo://hydrant-1'] }]),
    ).answerInspectionItems;
  });

  it('submits: each failed item is a hazard at once, linked to the round, at its level and room', async () => {
    const submitted = ok<{ submitInspectionRound: RoundView }>(
      await request('electrician', SUBMIT, { id: round.id }),
    ).submitInspectionRound;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', late: false, failedCount: 2 });
    const raised = submitted.answers.filter((a) => a.hazard).map((a) => a.hazard!);
    expect(raised).toEqual([
      expect.objectContaining({
        title: '每月全校安全检查：安全出口、疏散通道畅通',
        source: 'INSPECTION',
        roundId: round.id,
        level: 'GENERAL',
        roomId: ROOMS.class32.roomId,
      }),
      expect.objectContaining({ title: '每月全校安全检查：灭火器压力', source: 'INSPECTION', roundId: round.id, level: 'MAJOR' }),
    ]);
    const register = ok(
      await request('safety', `{ hazards(filter: { schoolId: "${SCHOOL_A}", source: INSPECTION }) { nodes { id status } } }`),
    );
    expect(register.hazards.nodes.map((h: { id: string }) => h.id).sort()).toEqual(raised.map((h) => h.id).sort());

    expectCode(await expectNoWrites(sub, () => request('electrician', SUBMIT, { id: round.id })), 'CONFLICT');
    expectCode(await expectNoWrites(sub, () => answer('safety', round.id, [{ itemIndex: 4, result: 'PASS' }])), 'CONFLICT');
  });

  it('a revision makes version 2 and the completed round keeps version 1; a correction in place of a used version is refused', async () => {
    const template = ok(await request('admin', `{ inspectionTemplate(id: "${templateId}") { version } }`)).inspectionTemplate;
    const inPlace = await expectNoWrites(sub, () =>
      request('admin', REVISE, {
        input: { id: templateId, version: template.version, inPlace: true, sections: MONTHLY.sections.slice(0, 1) },
      }),
    );
    expectCode(inPlace, 'CONFLICT');
    const revised = ok(
      await request('admin', REVISE, { input: { id: templateId, version: template.version, sections: MONTHLY.sections.slice(0, 1) } }),
    ).reviseInspectionTemplate;
    expect(revised.currentVersion).toBe(2);
    const kept = ok(
      await request('safety', `{ inspectionRound(id: "${round.id}") { templateVersion { number } items { text } } }`),
    ).inspectionRound;
    expect(kept.templateVersion.number).toBe(1);
    expect(kept.items).toHaveLength(5);
    const next = await startRound();
    expect(next).toMatchObject({ templateVersion: { number: 2 } });
    expect((next.items as unknown[]).length).toBe(3);
  });

  it('shows completion per school and template to the safety office and the district', async () => {
    const query = `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { inspectionCompletion(from: "2026-11-01", to: "2026-11-30") { title due submitted late rate } } } }`;
    const completion = ok(await request('auditor', query))._entities[0].inspectionCompletion;
    expect(completion).toEqual([{ title: '每月全校安全检查', due: 2, submitted: 1, late: 0, rate: '50.0' }]);
    expect(codes(await request('teacher', query))).toEqual(['FORBIDDEN']);
  });
});

describe('what inspections refuse, writing nothing', () => {
  it('a school officer may not make a district template; a teacher no template at all (FORBIDDEN before validation)', async () => {
    expectCode(await expectNoWrites(sub, () => request('safety', CREATE_TEMPLATE, { input: MONTHLY })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('teacher', CREATE_TEMPLATE, { input: { ...MONTHLY, sections: [] } })), 'FORBIDDEN');
  });

  it.each([
    ['sections', { sections: [] }],
    ['sections.0.items.0.max', { sections: [{ title: 'x', items: [{ text: 'y', kind: 'NUMBER', min: '2', max: '1' }] }] }],
    ['sections.0.items.0.text', { sections: [{ title: 'x', items: [{ text: ' ', kind: 'PASS_FAIL' }] }] }],
  ])('a template with bad %s', async (field, extra) => {
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', CREATE_TEMPLATE, { input: { ...MONTHLY, schoolId: SCHOOL_A, ...extra } })),
      field,
    );
  });

  it.each([
    ['interval', { interval: 0 }],
    ['dueDays', { dueDays: 99 }],
    ['startsOn', { startsOn: '2026-01-01' }],
    ['assigneeStaffId', { assigneeStaffId: staffOf('B', 'TEACHER') }],
    ['zoneId', { zoneId: '01900000-0000-7000-8000-000099999999' }],
  ])('a schedule with bad %s', async (field, extra) => {
    const input = {
      schoolId: SCHOOL_A,
      templateId,
      assigneeStaffId: staffOf('A', 'ELECTRICIAN'),
      frequency: 'MONTHLY',
      interval: 1,
      startsOn: '2026-12-01',
      dueDays: 3,
      ...extra,
    };
    expectBadInput(await expectNoWrites(sub, () => request('safety', SCHEDULE, { input })), field);
  });

  it('answers that do not fit their item, and a round someone else must fill', async () => {
    const round = await startRound();
    expectBadInput(
      await expectNoWrites(sub, () => answer('electrician', round.id, [{ itemIndex: 9, result: 'PASS' }])),
      'answers.0.itemIndex',
    );
    expectBadInput(await expectNoWrites(sub, () => answer('electrician', round.id, [{ itemIndex: 1, value: 'high' }])), 'answers.0.value');
    expectBadInput(await expectNoWrites(sub, () => answer('electrician', round.id, [{ itemIndex: 0 }])), 'answers.0.result');
    expectBadInput(
      await expectNoWrites(sub, () => answer('electrician', round.id, [{ itemIndex: 0, result: 'PASS', roomId: ROOMS.labB.roomId }])),
      'roomId',
    );
    // teacher2 is not its inspector and not of the safety office: the round is not theirs to see.
    expectCode(await expectNoWrites(sub, () => answer('teacher2', round.id, [{ itemIndex: 0, result: 'PASS' }])), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => answer('safetyB', round.id, [{ itemIndex: 0, result: 'PASS' }])), 'NOT_FOUND');
    expect(codes(await request('teacherB', `{ inspectionRound(id: "${round.id}") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it('a round at another school, or of a template of another school', async () => {
    expectCode(
      await expectNoWrites(sub, () =>
        request('safetyB', START, { input: { schoolId: SCHOOL_A, templateId, assigneeStaffId: staffOf('A', 'ELECTRICIAN') } }),
      ),
      'FORBIDDEN',
    );
    const own = ok(
      await request('safety', CREATE_TEMPLATE, { input: { ...MONTHLY, schoolId: SCHOOL_A, name: '一小自查' } }),
    ).createInspectionTemplate;
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safetyB', START, { input: { schoolId: SCHOOL_B, templateId: own.id, assigneeStaffId: staffOf('B', 'TEACHER') } }),
      ),
      'templateId',
    );
  });
});
