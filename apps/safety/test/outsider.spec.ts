/**
 * A dishonest user of another school: school B's director, safety officer, principal and a teacher call
 * every mutation of the safety schema with school A's ids (read from schema.graphql, so a new mutation
 * must get a row here), and read A's records by id and A's lists. Every call is refused (NOT_FOUND,
 * FORBIDDEN or BAD_USER_INPUT, never INTERNAL) and writes nothing; no read shows A's rows.
 * Each concept adds its records to `beforeAll`, its mutations to `rows()` and its reads below.
 */
import { join } from 'node:path';
import type { ViewerClaims } from '@houqin/auth';
import {
  mutationDocument,
  mutationNames,
  ok,
  operationsSchema,
  outsiderByIdFailures,
  outsiderListFailures,
  outsiderMutationFailures,
  type TestSubgraph,
} from '@houqin/testing';
import type { GraphQLSchema } from 'graphql';
import { CAMPUS_A, CAMPUS_B, ROOMS, SCHOOL_A, SCHOOL_B, staffOf, startSafety, UNKNOWN_ID, V } from './support';

jest.setTimeout(120_000);

const SCHEMA_PATH = join(__dirname, '..', 'schema.graphql');

let sub: TestSubgraph;
let schema: GraphQLSchema;
const a: Record<string, string> = {};

const call = async <T = Record<string, { id: string }>>(as: ViewerClaims, query: string, variables: Record<string, unknown>) =>
  ok<T>(await sub.as(as).request(query, variables));
const make = async (as: ViewerClaims, name: string, input: Record<string, unknown>, pick = 'id'): Promise<string> =>
  (await call<Record<string, Record<string, string>>>(as, mutationDocument(schema, name).replace('__typename', pick), { input }))[name][
    pick
  ];

beforeAll(async () => {
  schema = operationsSchema(SCHEMA_PATH);
  sub = await startSafety();
  // zone/: the third floor, the electrician responsible
  a.zone = await make(V.safety, 'createSafetyZone', {
    schoolId: SCHOOL_A,
    campusId: CAMPUS_A,
    name: '教学楼A三楼',
    kind: 'ROOMS',
    responsibleStaffId: staffOf('A', 'ELECTRICIAN'),
    patrolEveryDays: 7,
    roomIds: [ROOMS.class32.roomId],
  });
  // inspection/: school A's own template and an open round for the electrician
  a.template = await make(V.safety, 'createInspectionTemplate', {
    schoolId: SCHOOL_A,
    name: '一小日检',
    cadence: 'DAILY',
    sections: [{ title: '消防', items: [{ text: '安全出口畅通', kind: 'PASS_FAIL' }] }],
  });
  a.round = await make(V.safety, 'startInspectionRound', {
    schoolId: SCHOOL_A,
    templateId: a.template,
    assigneeStaffId: staffOf('A', 'ELECTRICIAN'),
  });
  a.schedule = await make(V.safety, 'createInspectionSchedule', {
    schoolId: SCHOOL_A,
    templateId: a.template,
    assigneeStaffId: staffOf('A', 'ELECTRICIAN'),
    frequency: 'DAILY',
    interval: 1,
    startsOn: '2026-12-01',
    dueDays: 0,
  });
  // equipment/: an extinguisher in Class 3-2
  a.equipment = await make(V.safety, 'registerSafetyEquipment', {
    schoolId: SCHOOL_A,
    kind: 'FIRE_EXTINGUISHER',
    extinguisherType: 'DRY_POWDER',
    code: 'MHQ-A-1',
    location: '三年级2班门口',
    roomId: ROOMS.class32.roomId,
    manufacturedOn: '2024-01-01',
  });
  // training/: school A's own requirement for cooks, a record and a drill
  a.requirement = await make(V.safety, 'defineTrainingRequirement', {
    schoolId: SCHOOL_A,
    post: 'COOK',
    name: '消防培训',
    kind: 'FIRE_SAFETY',
    validityMonths: 12,
  });
  a.training = await make(V.safety, 'recordTraining', {
    schoolId: SCHOOL_A,
    staffId: staffOf('A', 'COOK'),
    requirementId: a.requirement,
    takenOn: '2026-06-01',
  });
  a.drill = await make(V.safety, 'recordDrill', { schoolId: SCHOOL_A, kind: 'FIRE', heldOn: '2026-11-05', participants: 100 });
  // meeting/, incident/: a meeting with a decision for the electrician; a serious incident investigated, its action the electrician's
  const meeting = await call<{ recordSafetyMeeting: { id: string; actionItems: { id: string }[] } }>(
    V.safety,
    'mutation($input: RecordSafetyMeetingInput!) { recordSafetyMeeting(input: $input) { id actionItems { id } } }',
    {
      input: {
        schoolId: SCHOOL_A,
        title: '例会',
        heldOn: '2026-11-10',
        attendeeStaffIds: [staffOf('A', 'PRINCIPAL')],
        minutes: 'X',
        actionItems: [{ description: 'X', ownerStaffId: staffOf('A', 'ELECTRICIAN'), deadline: '2026-11-30' }],
      },
    },
  );
  a.meeting = meeting.recordSafetyMeeting.id;
  a.decision = meeting.recordSafetyMeeting.actionItems[0].id;
  a.incident = await make(V.safety, 'reportIncident', incidentInput(SCHOOL_A));
  const investigated = await call<{ investigateIncident: { actions: { id: string }[] } }>(
    V.safety,
    'mutation($input: InvestigateIncidentInput!) { investigateIncident(input: $input) { actions { id } } }',
    {
      input: {
        id: a.incident,
        version: 1,
        rootCause: 'X',
        actions: [{ description: 'X', ownerStaffId: staffOf('A', 'ELECTRICIAN'), deadline: '2026-11-30' }],
      },
    },
  );
  a.incidentAction = investigated.investigateIncident.actions[0].id;
  // hazard/: one reported, one assigned (its rectifier the electrician)
  a.hazard = await make(V.teacher, 'reportHazard', { schoolId: SCHOOL_A, title: '楼梯扶手松动', description: 'X', location: '教学楼A' });
  a.assignedHazard = await make(V.teacher, 'reportHazard', {
    schoolId: SCHOOL_A,
    title: '消防通道堵塞',
    description: 'X',
    location: '二楼',
  });
  await make(V.safety, 'assignHazard', {
    id: a.assignedHazard,
    version: 1,
    responsibleStaffId: staffOf('A', 'ELECTRICIAN'),
    measure: 'X',
    funds: '0',
    deadline: '2026-11-20',
    contingencyPlan: 'X',
  });
});
afterAll(() => sub?.stop());

/** One row per mutation: inputs naming school A's records (the first as A's school, the others as B's own school with A's ids inside). */
function rows(): Record<string, Record<string, unknown>[]> {
  const fiveFixes = { measure: 'X', funds: '0', deadline: '2026-11-20', contingencyPlan: 'X' };
  const equipment = { kind: 'FIRE_EXTINGUISHER', extinguisherType: 'CO2', code: 'X', location: 'X', manufacturedOn: '2024-01-01' };
  const sections = [{ title: 'X', items: [{ text: 'X', kind: 'PASS_FAIL' }] }];
  const schedule = { frequency: 'DAILY', interval: 1, startsOn: '2026-12-01', dueDays: 0 };
  const zone = { name: 'X', kind: 'ROOMS', responsibleStaffId: staffOf('B', 'ELECTRICIAN'), patrolEveryDays: 7, roomIds: [] };
  return {
    replaySafetyDeadLetter: [{ id: UNKNOWN_ID }],
    // settings/: district administrators only (school B's people hold no district role)
    updateSafetySettings: [{ input: { version: 0, drillsPerMonth: 2 } }],
    // zone/
    createSafetyZone: [
      { input: { ...zone, schoolId: SCHOOL_A, campusId: CAMPUS_A } },
      { input: { ...zone, schoolId: SCHOOL_B, campusId: CAMPUS_B, roomIds: [ROOMS.toilet3.roomId] } },
      { input: { ...zone, schoolId: SCHOOL_B, campusId: CAMPUS_A } },
    ],
    updateSafetyZone: [{ input: { id: a.zone, version: 1, name: 'X' } }],
    // patrol/: A's zone, or a finding in A's room
    recordSafetyPatrol: [
      { input: { zoneId: a.zone } },
      { input: { zoneId: a.zone, findings: [{ title: 'X', description: 'X', roomId: ROOMS.toilet3.roomId }] } },
    ],
    // inspection/: A's template, schedule and round; B's own school with A's template, person or zone
    createInspectionTemplate: [{ input: { schoolId: SCHOOL_A, name: 'X', cadence: 'DAILY', sections } }],
    reviseInspectionTemplate: [{ input: { id: a.template, version: 1, name: 'X' } }],
    createInspectionSchedule: [
      { input: { ...schedule, schoolId: SCHOOL_A, templateId: a.template, assigneeStaffId: staffOf('A', 'ELECTRICIAN') } },
      { input: { ...schedule, schoolId: SCHOOL_B, templateId: a.template, assigneeStaffId: staffOf('B', 'ELECTRICIAN') } },
      { input: { ...schedule, schoolId: SCHOOL_B, templateId: a.template, assigneeStaffId: staffOf('A', 'ELECTRICIAN'), zoneId: a.zone } },
    ],
    updateInspectionSchedule: [{ input: { id: a.schedule, version: 1, active: false } }],
    startInspectionRound: [
      { input: { schoolId: SCHOOL_A, templateId: a.template, assigneeStaffId: staffOf('A', 'ELECTRICIAN') } },
      { input: { schoolId: SCHOOL_B, templateId: a.template, assigneeStaffId: staffOf('B', 'ELECTRICIAN') } },
    ],
    answerInspectionItems: [{ input: { roundId: a.round, answers: [{ itemIndex: 0, result: 'FAIL' }] } }],
    submitInspectionRound: [{ roundId: a.round }],
    // equipment/: A's extinguisher; B's own school naming A's room
    registerSafetyEquipment: [
      { input: { ...equipment, schoolId: SCHOOL_A } },
      { input: { ...equipment, schoolId: SCHOOL_B, roomId: ROOMS.class32.roomId } },
    ],
    updateSafetyEquipment: [{ input: { id: a.equipment, version: 1, location: 'X' } }],
    recordEquipmentCheck: [{ input: { equipmentId: a.equipment, passed: false } }],
    recordEquipmentService: [{ input: { equipmentId: a.equipment } }],
    scrapSafetyEquipment: [{ input: { equipmentId: a.equipment, version: 1, reason: 'X' } }],
    // training/: A's requirement; B's own school with A's person or A's requirement; at A
    defineTrainingRequirement: [{ input: { schoolId: SCHOOL_A, post: 'COOK', name: 'X', kind: 'OTHER', validityMonths: 12 } }],
    updateTrainingRequirement: [{ input: { id: a.requirement, version: 1, name: 'X' } }],
    recordTraining: [
      { input: { schoolId: SCHOOL_A, staffId: staffOf('A', 'COOK'), takenOn: '2026-06-01', name: 'X' } },
      { input: { schoolId: SCHOOL_B, staffId: staffOf('A', 'COOK'), takenOn: '2026-06-01', name: 'X' } },
      { input: { schoolId: SCHOOL_B, staffId: staffOf('B', 'COOK'), requirementId: a.requirement, takenOn: '2026-06-01' } },
    ],
    recordDrill: [
      { input: { schoolId: SCHOOL_A, kind: 'FIRE', heldOn: '2026-11-01', participants: 1 } },
      { input: { schoolId: SCHOOL_B, campusId: CAMPUS_A, kind: 'FIRE', heldOn: '2026-11-01', participants: 1 } },
    ],
    // meeting/, incident/: at A; B's own school with A's people; A's records
    recordSafetyMeeting: [
      {
        input: {
          schoolId: SCHOOL_A,
          title: 'X',
          heldOn: '2026-11-10',
          attendeeStaffIds: [staffOf('A', 'PRINCIPAL')],
          minutes: 'X',
          actionItems: [],
        },
      },
      {
        input: {
          schoolId: SCHOOL_B,
          title: 'X',
          heldOn: '2026-11-10',
          attendeeStaffIds: [staffOf('A', 'PRINCIPAL')],
          minutes: 'X',
          actionItems: [],
        },
      },
    ],
    completeSafetyActionItem: [{ input: { id: a.decision, version: 1 } }],
    reportIncident: [{ input: incidentInput(SCHOOL_A) }, { input: { ...incidentInput(SCHOOL_B), roomId: ROOMS.class32.roomId } }],
    investigateIncident: [{ input: { id: a.incident, version: 2, rootCause: 'X', actions: [] } }],
    reportIncidentToDistrict: [{ input: { id: a.incident, version: 2 } }],
    completeIncidentAction: [{ input: { id: a.incidentAction, version: 1 } }],
    closeIncident: [{ input: { id: a.incident, version: 2 } }],
    // hazard/: at school A, or at B naming A's room or zone
    reportHazard: [
      { input: { schoolId: SCHOOL_A, title: 'X', description: 'X', location: 'X' } },
      { input: { schoolId: SCHOOL_B, title: 'X', description: 'X', roomId: ROOMS.class32.roomId } },
      { input: { schoolId: SCHOOL_B, title: 'X', description: 'X', zoneId: a.zone } },
    ],
    assignHazard: [
      { input: { id: a.hazard, version: 1, responsibleStaffId: staffOf('B', 'ELECTRICIAN'), ...fiveFixes } },
      { input: { id: a.hazard, version: 1, responsibleStaffId: staffOf('A', 'ELECTRICIAN'), ...fiveFixes } },
    ],
    startHazardRectification: [{ input: { id: a.assignedHazard, version: 2 } }],
    requestHazardRepair: [{ input: { id: a.assignedHazard, version: 2, category: 'ELECTRICAL' } }],
    recordHazardRectified: [{ input: { id: a.assignedHazard, version: 2, evidence: 'X' } }],
    verifyHazard: [{ input: { id: a.assignedHazard, version: 2, passed: true } }],
    closeHazard: [{ input: { id: a.assignedHazard, version: 2 } }],
  };
}

/** A serious fall on the playground an hour before the tests' "now". */
function incidentInput(schoolId: string) {
  return {
    schoolId,
    type: 'INJURY',
    occurredAt: '2026-11-16T01:00:00.000Z',
    place: '操场',
    peopleAffected: 1,
    injured: 1,
    description: 'X',
    immediateActions: 'X',
    serious: true,
  };
}

const OUTSIDERS: [string, ViewerClaims][] = [
  ['directorB', V.directorB],
  ['safetyB', V.safetyB],
  ['principalB', V.principalB],
  ['teacherB', V.teacherB],
];

describe('school B calling every safety mutation with school A’s records', () => {
  it('has a row for every mutation of the schema', () => {
    expect(mutationNames(SCHEMA_PATH).filter((name) => !(name in rows()))).toEqual([]);
  });

  it('is refused every time (NOT_FOUND, FORBIDDEN or BAD_USER_INPUT) and nothing is written', async () => {
    expect(await outsiderMutationFailures(sub, schema, rows(), OUTSIDERS)).toEqual([]);
  });
});

describe('school B reading school A’s records', () => {
  it('finds none of them by id', async () => {
    const byId: [string, string, Record<string, unknown>][] = [
      ['hazard', 'id', { id: a.hazard }],
      ['hazard', 'id', { id: a.assignedHazard }],
      ['safetyZone', 'id', { id: a.zone }],
      ['inspectionTemplate', 'id', { id: a.template }],
      ['inspectionRound', 'id', { id: a.round }],
      ['safetyEquipmentItem', 'id', { id: a.equipment }],
      ['safetyMeeting', 'id', { id: a.meeting }],
      ['safetyIncident', 'id', { id: a.incident }],
    ];
    expect(await outsiderByIdFailures(sub, schema, byId, OUTSIDERS)).toEqual([]);
  });

  it('gets none of school A’s rows from any list', async () => {
    const lists: [string, string][] = [
      ['hazards', `hazards(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['hazards by person', `hazards(filter: { responsibleStaffId: "${staffOf('A', 'ELECTRICIAN')}" }) { nodes { id } }`],
      ['hazards overdue', `hazards(filter: { overdue: true, open: true }) { nodes { id schoolId } }`],
      ['zones', `safetyZones(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['templates', `inspectionTemplates(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['rounds', `inspectionRounds(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['schedules', `inspectionSchedules(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['equipment', `safetyEquipment(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['requirements', `trainingRequirements(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['compliance', `trainingCompliance(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['meetings', `safetyMeetings(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['incidents', `safetyIncidents(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['patrols', `safetyPatrols(schoolId: "${SCHOOL_A}", zoneId: "${a.zone}") { nodes { id } }`],
      ['my action items', `mySafetyActionItems { nodes { id } }`],
      ['drills', `safetyDrills(schoolId: "${SCHOOL_A}", from: "2026-01-01", to: "2026-12-31") { nodes { id } }`],
    ];
    expect(await outsiderListFailures(sub, lists, OUTSIDERS)).toEqual([]);
  });
});
