/**
 * Safety meetings and incidents at First Primary, with the action items they share: the November
 * safety meeting decides two things, each owned and tracked to done by its owner; a pupil falls on the
 * playground — the officer reports it as serious, the principal reports it to the district in time, the
 * investigation gives its root cause and actions, the electrician completes his, and the principal closes
 * it. Every refusal writes nothing; nothing deletes a meeting or an incident.
 */
import { envelopeOf, OutboxEvent } from '@houqin/events';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { ROOMS, SCHOOL_A, staffOf, startSafety, TEST_NOW, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const ITEM = 'id kind description deadline doneAt version owner { id }';
const MEETING = `mutation($input: RecordSafetyMeetingInput!) { recordSafetyMeeting(input: $input) { id title attendees { id } actionItems { ${ITEM} } } }`;
const INCIDENT_FIELDS = `id status serious place injured occurredAt reportDueAt reportedToDistrictAt reportedInTime rootCause version actions { ${ITEM} }`;
const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const INVESTIGATE = `mutation($input: InvestigateIncidentInput!) { investigateIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const TO_DISTRICT = `mutation($input: IncidentStepInput!) { reportIncidentToDistrict(input: $input) { ${INCIDENT_FIELDS} } }`;
const CLOSE = `mutation($input: IncidentStepInput!) { closeIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const COMPLETE_ACTION = `mutation($input: CompleteActionItemInput!) { completeIncidentAction(input: $input) { ${ITEM} } }`;
const COMPLETE_DECISION = `mutation($input: CompleteActionItemInput!) { completeSafetyActionItem(input: $input) { ${ITEM} } }`;

interface Item {
  id: string;
  version: number;
  doneAt: string | null;
  owner: { id: string };
}
const hoursAgo = (h: number) => new Date(TEST_NOW().getTime() - h * 3_600_000).toISOString();
const fall = (extra: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  type: 'INJURY',
  occurredAt: hoursAgo(1),
  place: '操场跑道东侧',
  peopleAffected: 1,
  injured: 1,
  description: '三年级学生体育课跑步时摔倒，膝盖擦伤',
  immediateActions: '校医现场处理，通知家长，送医检查',
  serious: true,
  ...extra,
});

describe('the November safety meeting (11月安全工作例会)', () => {
  it('records attendees and two decisions; an owner marks theirs done, another staff member may not', async () => {
    const meeting = ok(
      await request('safety', MEETING, {
        input: {
          schoolId: SCHOOL_A,
          title: '11月安全工作例会',
          heldOn: '2026-11-10',
          attendeeStaffIds: [staffOf('A', 'PRINCIPAL'), staffOf('A', 'ELECTRICIAN'), staffOf('A', 'SAFETY_OFFICER')],
          minutes: '通报10月隐患整改情况，部署冬季防火。',
          actionItems: [
            { description: '检查全校电暖器使用', ownerStaffId: staffOf('A', 'ELECTRICIAN'), deadline: '2026-11-20' },
            { description: '组织冬季消防演练', ownerStaffId: staffOf('A', 'SAFETY_OFFICER'), deadline: '2026-11-30' },
          ],
        },
      }),
    ).recordSafetyMeeting;
    expect(meeting.attendees).toHaveLength(3);
    const [heaters] = meeting.actionItems as (Item & { kind: string })[];
    expect(heaters).toMatchObject({ kind: 'DECISION', owner: { id: staffOf('A', 'ELECTRICIAN') }, doneAt: null });

    // The electrician finds it among their own open items; the cleaner, owning none, finds nothing.
    const MINE = '{ mySafetyActionItems(first: 20) { nodes { id description deadline source sourceId } } }';
    expect(ok(await request('electrician', MINE)).mySafetyActionItems.nodes).toEqual([
      { id: heaters.id, description: '检查全校电暖器使用', deadline: '2026-11-20', source: 'MEETING', sourceId: meeting.id },
    ]);
    expect(ok(await request('teacher2', MINE)).mySafetyActionItems.nodes).toEqual([]);
    expectCode(
      await expectNoWrites(sub, () => request('teacher2', COMPLETE_DECISION, { input: { id: heaters.id, version: heaters.version } })),
      'FORBIDDEN',
    );
    const done = ok(
      await request('electrician', COMPLETE_DECISION, { input: { id: heaters.id, version: heaters.version, note: '已检查12台' } }),
    ).completeSafetyActionItem;
    expect(done.doneAt).not.toBeNull();
    expect(ok(await request('electrician', MINE)).mySafetyActionItems.nodes).toEqual([]);
    expectCode(
      await expectNoWrites(sub, () => request('electrician', COMPLETE_DECISION, { input: { id: heaters.id, version: done.version } })),
      'CONFLICT',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('electrician', COMPLETE_ACTION, { input: { id: heaters.id, version: done.version } })),
      'id',
    );
  });

  it('refuses a meeting in the future, an attendee of another school and a decision due before the meeting', async () => {
    const input = {
      schoolId: SCHOOL_A,
      title: '例会',
      heldOn: '2026-11-10',
      attendeeStaffIds: [staffOf('A', 'PRINCIPAL')],
      minutes: '纪要',
      actionItems: [],
    };
    expectBadInput(await expectNoWrites(sub, () => request('safety', MEETING, { input: { ...input, heldOn: '2026-12-01' } })), 'heldOn');
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', MEETING, { input: { ...input, attendeeStaffIds: [staffOf('B', 'TEACHER')] } })),
      'attendeeStaffIds.0',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safety', MEETING, {
          input: { ...input, actionItems: [{ description: 'x', ownerStaffId: staffOf('A', 'COOK'), deadline: '2026-11-01' }] },
        }),
      ),
      'actionItems.0.deadline',
    );
    expectCode(await expectNoWrites(sub, () => request('teacher', MEETING, { input: { ...input, heldOn: 'soon' } })), 'FORBIDDEN');
  });
});

describe('a fall on the playground (操场摔伤事故)', () => {
  it('is reported serious, reaches the district in time, is investigated, its actions done, and closed', async () => {
    const reported = ok(await request('safety', REPORT, { input: fall() })).reportIncident;
    expect(reported).toMatchObject({ status: 'REPORTED', serious: true, reportedInTime: null });
    expect(new Date(reported.reportDueAt).getTime() - new Date(hoursAgo(1)).getTime()).toBe(2 * 3_600_000);

    expectCode(
      await expectNoWrites(sub, () => request('principal', CLOSE, { input: { id: reported.id, version: reported.version } })),
      'CONFLICT',
    );
    expectCode(
      await expectNoWrites(sub, () => request('safety', CLOSE, { input: { id: reported.id, version: reported.version } })),
      'FORBIDDEN',
    );
    expectCode(
      await expectNoWrites(sub, () => request('safety', TO_DISTRICT, { input: { id: reported.id, version: reported.version } })),
      'FORBIDDEN',
    );
    const toDistrict = ok(
      await request('principal', TO_DISTRICT, { input: { id: reported.id, version: reported.version } }),
    ).reportIncidentToDistrict;
    expect(toDistrict.reportedInTime).toBe(true);
    // The leaders were told at once of the serious incident; the district is told of the report, in time.
    const told = async (type: string) =>
      (await sub.dataSource.getRepository(OutboxEvent).find({ where: { type } }))
        .map(envelopeOf)
        .filter((e) => (e.payload as { incidentId: string }).incidentId === reported.id)
        .map((e) => e.payload);
    expect(await told('safety.incident.serious')).toEqual([
      {
        incidentId: reported.id,
        schoolId: SCHOOL_A,
        type: 'INJURY',
        place: reported.place,
        injured: reported.injured,
        occurredAt: new Date(reported.occurredAt).toISOString(),
        reportDueAt: new Date(reported.reportDueAt).toISOString(),
      },
    ]);
    expect(await told('safety.incident.reportedToDistrict')).toEqual([
      expect.objectContaining({ incidentId: reported.id, inTime: true, reportedAt: TEST_NOW().toISOString() }),
    ]);

    const investigated = ok(
      await request('safety', INVESTIGATE, {
        input: {
          id: reported.id,
          version: toDistrict.version,
          rootCause: '跑道东侧有积水，地面湿滑',
          actions: [
            { description: '疏通跑道排水口', ownerStaffId: staffOf('A', 'ELECTRICIAN'), deadline: '2026-11-20', kind: 'CORRECTIVE' },
            {
              description: '雨后体育课前检查场地',
              ownerStaffId: staffOf('A', 'SAFETY_OFFICER'),
              deadline: '2026-11-30',
              kind: 'PREVENTIVE',
            },
          ],
        },
      }),
    ).investigateIncident;
    expect(investigated).toMatchObject({ status: 'INVESTIGATED', rootCause: '跑道东侧有积水，地面湿滑' });
    const [drain, check] = investigated.actions as Item[];

    const early = await expectNoWrites(sub, () =>
      request('principal', CLOSE, { input: { id: reported.id, version: investigated.version } }),
    );
    expectCode(early, 'CONFLICT');
    // The electrician owns an action: he may open the incident to carry it out; the cleaner may not.
    expect(ok(await request('electrician', `{ safetyIncident(id: "${reported.id}") { id rootCause } }`)).safetyIncident.rootCause).toBe(
      '跑道东侧有积水，地面湿滑',
    );
    expectCode(await request('teacher2', `{ safetyIncident(id: "${reported.id}") { id } }`), 'FORBIDDEN');
    ok(await request('electrician', COMPLETE_ACTION, { input: { id: drain.id, version: drain.version } }));
    ok(await request('safety', COMPLETE_ACTION, { input: { id: check.id, version: check.version } }));
    const closed = ok(await request('principal', CLOSE, { input: { id: reported.id, version: investigated.version } })).closeIncident;
    expect(closed.status).toBe('CLOSED');
  });

  it('a serious one not reported within the district’s hours shows as late, and in the school’s figures', async () => {
    const late = ok(await request('safety', REPORT, { input: fall({ occurredAt: hoursAgo(5), type: 'FACILITY' }) })).reportIncident;
    expect(late.reportedInTime).toBe(false);
    const summary = ok(
      await request(
        'auditor',
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { incidentSummary { incidents serious injured reportedLate perThousandStudents } } } }`,
        {
          reps: [{ __typename: 'School', id: SCHOOL_A, studentCount: 1250 }],
        },
      ),
    )._entities[0].incidentSummary;
    expect(summary).toEqual({ incidents: 2, serious: 2, injured: 2, reportedLate: 1, perThousandStudents: '1.6' });
  });

  it('refuses what does not fit, writing nothing', async () => {
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', REPORT, { input: fall({ occurredAt: '2027-01-01T00:00:00.000Z' }) })),
      'occurredAt',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', REPORT, { input: fall({ injured: 3, peopleAffected: 1 }) })),
      'injured',
    );
    expectBadInput(await expectNoWrites(sub, () => request('safety', REPORT, { input: fall({ roomId: ROOMS.labB.roomId }) })), 'roomId');
    expectCode(await expectNoWrites(sub, () => request('teacher', REPORT, { input: fall({ injured: -1 }) })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('safetyB', REPORT, { input: fall() })), 'FORBIDDEN');
    const minor = ok(await request('safety', REPORT, { input: fall({ serious: false, injured: 0 }) })).reportIncident;
    expectBadInput(
      await expectNoWrites(sub, () => request('principal', TO_DISTRICT, { input: { id: minor.id, version: minor.version } })),
      'id',
    );
    expectCode(
      await expectNoWrites(sub, () => request('principalB', CLOSE, { input: { id: minor.id, version: minor.version } })),
      'NOT_FOUND',
    );
    expect(codes(await request('teacherB', `{ safetyIncident(id: "${minor.id}") { id } }`))).toEqual(['NOT_FOUND']);
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('safety', INVESTIGATE, {
          input: {
            id: minor.id,
            version: minor.version,
            rootCause: 'x',
            actions: [{ description: 'x', ownerStaffId: staffOf('B', 'COOK'), deadline: '2026-12-01' }],
          },
        }),
      ),
      'actions.0.ownerStaffId',
    );
  });
});
