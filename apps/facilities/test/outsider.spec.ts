/**
 * A dishonest user of another school: school B's director, storekeeper and a teacher call every
 * mutation of the facilities schema with school A's ids (read from schema.graphql, so a new mutation
 * must get a row here), and read A's records by id and A's lists. Every call is refused
 * (NOT_FOUND, FORBIDDEN or BAD_USER_INPUT, never INTERNAL) and writes nothing; no read shows A's rows.
 */
import type { ViewerClaims } from '@houqin/auth';
import {
  mutationNames,
  ok,
  outsiderByIdFailures,
  outsiderListFailures,
  outsiderMutationFailures,
  type TestSubgraph,
} from '@houqin/testing';
import type { GraphQLSchema } from 'graphql';
import { facilitiesSchema, mutationDocument, SCHEMA_PATH } from './schema-fixtures';
import { CREATE_DEPARTMENT, placeOf, type PlaceFixture } from './place-fixtures';
import { CAMPUS_A, CAMPUS_B, SCHOOL_A, SCHOOL_B, staffOf, startFacilities, UNKNOWN_ID, V } from './support';
import { demoTermId } from '@houqin/demo';

jest.setTimeout(120_000);

let sub: TestSubgraph;
let schema: GraphQLSchema;
let place: PlaceFixture;
const a: Record<string, string> = {};

const call = async <T = Record<string, { id: string }>>(as: ViewerClaims, query: string, variables: Record<string, unknown>) =>
  ok<T>(await sub.as(as).request(query, variables));
const make = async (as: ViewerClaims, name: string, input: Record<string, unknown>, pick = 'id'): Promise<string> =>
  (await call<Record<string, Record<string, string>>>(as, mutationDocument(schema, name).replace('__typename', pick), { input }))[name][
    pick
  ];

beforeAll(async () => {
  schema = facilitiesSchema();
  sub = await startFacilities();
  place = await placeOf(sub, 'A');
  await placeOf(sub, 'B');
  a.building = place.buildingId;
  a.room = place.rooms.CLASSROOM;
  a.lab = place.rooms.LAB;
  a.storeroom = place.rooms.STOREROOM;
  a.department = (
    await call<{ createDepartment: { id: string } }>(V.director, CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '教务处' } })
  ).createDepartment.id;
  a.roomQr = (
    await call<{ room: { qrCode: string } }>(V.director, `query($id: ID!) { room(id: $id) { qrCode } }`, { id: a.room })
  ).room.qrCode;
  const asset = (tagNumber: string) =>
    make(V.director, 'registerAsset', {
      schoolId: SCHOOL_A,
      tagNumber,
      name: '投影仪',
      classCode: '2010100',
      acquiredOn: '2024-09-01',
      cost: '6000.00',
      roomId: a.room,
    });
  a.asset = await asset('A-OUT-0001');
  a.assetTag = 'A-OUT-0001';
  a.disposedAsset = await asset('A-OUT-0002');
  a.disposal = await make(V.director, 'requestAssetDisposal', { assetId: a.disposedAsset, reason: '损坏无法修复', method: 'SCRAPPED' });
  a.stocktake = await make(V.director, 'openAssetStocktake', { schoolId: SCHOOL_A, scope: 'ROOM', roomId: a.lab });
  a.item = await make(V.storekeeper, 'createConsumableItem', {
    schoolId: SCHOOL_A,
    name: '粉笔',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    reorderPoint: 10,
    reorderQuantity: 50,
    standardUnitCost: '5.00',
  });
  await make(V.storekeeper, 'recordStoreReceipt', {
    schoolId: SCHOOL_A,
    storeroomRoomId: a.storeroom,
    lines: [{ itemId: a.item, quantity: 5, unitCost: '5.00' }],
  });
  a.requisition = await make(V.teacher, 'requestRequisition', {
    schoolId: SCHOOL_A,
    roomId: a.room,
    lines: [{ itemId: a.item, quantity: 1 }],
  });
  a.meter = await make(V.director, 'registerUtilityMeter', {
    schoolId: SCHOOL_A,
    utility: 'ELECTRICITY',
    name: '东校区总表',
    serialNumber: 'A-OUT-E1',
    campusId: CAMPUS_A,
    installedOn: '2026-01-05',
    initialValue: '100',
  });
  await make(V.director, 'recordMeterReading', { meterId: a.meter, readAt: '2026-11-15T10:00:00+08:00', value: '150' }, '__typename');
  a.printJob = await make(V.director, 'recordPrintJob', {
    schoolId: SCHOOL_A,
    departmentId: a.department,
    requestedByStaffId: staffOf('A', 'TEACHER'),
    title: '三年级数学期中试卷',
    pages: 4,
    copies: 40,
    paperSize: 'A4',
    duplex: true,
  });
  a.reorder = await make(V.storekeeper, 'requestReorderPurchase', { schoolId: SCHOOL_A, storeroomRoomId: a.storeroom, itemIds: [a.item] });
  a.workOrder = await make(V.teacher, 'reportWorkOrder', {
    schoolId: SCHOOL_A,
    roomId: a.room,
    title: '教室灯不亮',
    description: 'Two lights are out.',
    category: 'ELECTRICAL',
  });
  await make(V.maintenance, 'costWorkOrder', { id: a.workOrder, version: 1, labour: '50.00', materials: '30.00' });
  a.route = await make(V.director, 'createPatrolRoute', {
    schoolId: SCHOOL_A,
    name: '晚间巡查',
    roomIds: [a.room, a.lab],
    windowStart: '17:00',
    windowEnd: '18:00',
  });
  a.patrol = await make(V.teacher, 'startPatrol', { routeId: a.route });
  a.schedule = await make(V.director, 'createMaintenanceSchedule', {
    schoolId: SCHOOL_A,
    templateCode: 'LIFT_15_DAYS',
    roomId: a.room,
    startsOn: '2026-12-01',
  });
  a.generator = await make(V.director, 'createMaintenanceSchedule', {
    schoolId: SCHOOL_A,
    templateCode: 'GENERATOR_250_HOURS',
    buildingId: a.building,
    startsOn: '2026-12-01',
    meterReading: '100',
  });
  // duty/, appraisal/: an urgent duty task with its occurrence, a proposed appraisal of the plumber.
  a.dutyTask = await make(V.director, 'createDutyTask', {
    schoolId: SCHOOL_A,
    kind: 'URGENT',
    title: '清理排水沟',
    requirement: 'X',
    responsibleStaffId: staffOf('A', 'PLUMBER'),
    checkerStaffId: staffOf('A', 'ELECTRICIAN'),
    deadline: '2026-11-20T12:00:00+08:00',
  });
  a.dutyOccurrence = (
    await call<{ dutyOccurrences: { nodes: { id: string }[] } }>(
      V.director,
      `query($f: DutyOccurrenceFilter) { dutyOccurrences(filter: $f) { nodes { id } } }`,
      {
        f: { taskId: a.dutyTask },
      },
    )
  ).dutyOccurrences.nodes[0].id;
  a.term = demoTermId('firstPrimary', 2);
  a.appraisal = await make(V.director, 'proposeStaffAppraisal', {
    schoolId: SCHOOL_A,
    staffId: staffOf('A', 'PLUMBER'),
    termId: a.term,
    grade: 'PASS',
    comment: 'X',
  });
});
afterAll(() => sub?.stop());

/** One row per mutation: inputs naming school A's records (the first as A's school, the others as B's own school with A's ids inside). */
function rows(): Record<string, Record<string, unknown>[]> {
  const teacherA = staffOf('A', 'TEACHER');
  const line = { itemId: a.item, quantity: 1, unitCost: '5.00' };
  const duty = { kind: 'ROUTINE', title: 'X', requirement: 'X', rule: 'FREQ=WEEKLY;BYDAY=FR' };
  return {
    replayFacilitiesDeadLetter: [{ id: UNKNOWN_ID }],
    createBuilding: [
      { input: { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: 'X', floorsAbove: 2 } },
      { input: { schoolId: SCHOOL_B, campusId: CAMPUS_A, name: 'X', floorsAbove: 2 } },
      { input: { schoolId: SCHOOL_A, campusId: CAMPUS_B, name: 'X', floorsAbove: 2 } },
    ],
    updateBuilding: [{ input: { id: a.building, version: 1, name: 'X' } }],
    createRoom: [{ input: { buildingId: a.building, floor: 1, number: '199', name: 'X', kind: 'OFFICE' } }],
    updateRoom: [{ input: { id: a.room, version: 1, name: 'X' } }],
    createDepartment: [{ input: { schoolId: SCHOOL_A, name: '外校处' } }],
    renameDepartment: [{ input: { id: a.department, version: 1, name: 'X' } }],
    registerAsset: [
      { input: { schoolId: SCHOOL_A, tagNumber: 'B-1', name: 'X', classCode: '2010100', acquiredOn: '2024-09-01', cost: '1.00' } },
      {
        input: {
          schoolId: SCHOOL_B,
          tagNumber: 'B-2',
          name: 'X',
          classCode: '2010100',
          acquiredOn: '2024-09-01',
          cost: '1.00',
          roomId: a.room,
        },
      },
      {
        input: {
          schoolId: SCHOOL_B,
          tagNumber: 'B-3',
          name: 'X',
          classCode: '2010100',
          acquiredOn: '2024-09-01',
          cost: '1.00',
          custodianStaffId: teacherA,
        },
      },
    ],
    importAssets: [
      {
        input: {
          schoolId: SCHOOL_A,
          validateOnly: false,
          rows: [{ tagNumber: 'B-4', name: 'X', classCode: '2010100', acquiredOn: '2024-09-01', cost: '1.00' }],
        },
      },
      {
        input: {
          schoolId: SCHOOL_B,
          validateOnly: false,
          rows: [{ tagNumber: 'B-5', name: 'X', classCode: '2010100', acquiredOn: '2024-09-01', cost: '1.00', custodianStaffId: teacherA }],
        },
      },
    ],
    moveAsset: [{ input: { assetId: a.asset, roomId: a.lab, clearRoom: false, clearCustodian: false } }],
    changeAssetStatus: [{ input: { assetId: a.asset, status: 'IDLE' } }],
    updateAsset: [{ input: { assetId: a.asset, version: 1, name: 'X' } }],
    updateAssetSettings: [{ input: { version: 1, generalThreshold: '1.00' } }],
    requestAssetDisposal: [{ input: { assetId: a.asset, reason: 'X', method: 'SCRAPPED' } }],
    approveAssetDisposal: [{ input: { id: a.disposal } }],
    rejectAssetDisposal: [{ input: { id: a.disposal, reason: 'X' } }],
    cancelAssetDisposal: [{ input: { id: a.disposal } }],
    updateAssetDisposalSettings: [{ input: { version: 1, basis: 'COST' } }],
    openAssetStocktake: [
      { input: { schoolId: SCHOOL_A, scope: 'SCHOOL' } },
      { input: { schoolId: SCHOOL_B, scope: 'ROOM', roomId: a.room } },
      { input: { schoolId: SCHOOL_B, scope: 'CAMPUS', campusId: CAMPUS_A } },
    ],
    recordAssetScans: [{ input: { stocktakeId: a.stocktake, roomId: a.lab, codes: [a.assetTag] } }],
    closeAssetStocktake: [{ input: { id: a.stocktake } }],
    approveAssetStocktake: [{ input: { id: a.stocktake } }],
    rejectAssetStocktake: [{ input: { id: a.stocktake, reason: 'X' } }],
    createConsumableItem: [
      {
        input: {
          schoolId: SCHOOL_A,
          name: 'X',
          unit: 'BOX',
          category: 'PAPER',
          reorderPoint: 1,
          reorderQuantity: 1,
          standardUnitCost: '1.00',
        },
      },
    ],
    updateConsumableItem: [{ input: { id: a.item, version: 1, name: 'X' } }],
    recordStoreReceipt: [
      { input: { schoolId: SCHOOL_A, storeroomRoomId: a.storeroom, lines: [line] } },
      { input: { schoolId: SCHOOL_B, storeroomRoomId: a.storeroom, lines: [line] } },
    ],
    updateStoreroomSettings: [{ input: { version: 1, requisitionApprovalAbove: '1.00' } }],
    requestRequisition: [
      { input: { schoolId: SCHOOL_A, roomId: a.room, lines: [{ itemId: a.item, quantity: 1 }] } },
      { input: { schoolId: SCHOOL_B, roomId: a.room, lines: [{ itemId: a.item, quantity: 1 }] } },
      { input: { schoolId: SCHOOL_B, departmentId: a.department, lines: [{ itemId: a.item, quantity: 1 }] } },
    ],
    approveRequisition: [{ input: { id: a.requisition } }],
    rejectRequisition: [{ input: { id: a.requisition, reason: 'X' } }],
    issueRequisition: [{ input: { id: a.requisition, storeroomRoomId: a.storeroom } }],
    confirmRequisitionReceipt: [{ input: { id: a.requisition } }],
    rateRequisition: [{ input: { id: a.requisition, rating: 5 } }],
    requestReorderPurchase: [
      { input: { schoolId: SCHOOL_A, storeroomRoomId: a.storeroom, itemIds: [a.item] } },
      { input: { schoolId: SCHOOL_B, storeroomRoomId: a.storeroom } },
      { input: { schoolId: SCHOOL_B, itemIds: [a.item] } },
    ],
    cancelReorderRequest: [{ input: { id: a.reorder, version: 1, reason: 'X' } }],
    registerUtilityMeter: [
      { input: { schoolId: SCHOOL_A, utility: 'WATER', name: 'X', serialNumber: 'B-W1', campusId: CAMPUS_A, installedOn: '2026-01-05' } },
      { input: { schoolId: SCHOOL_B, utility: 'WATER', name: 'X', serialNumber: 'B-W2', campusId: CAMPUS_A, installedOn: '2026-01-05' } },
      {
        input: { schoolId: SCHOOL_B, utility: 'WATER', name: 'X', serialNumber: 'B-W3', buildingId: a.building, installedOn: '2026-01-05' },
      },
    ],
    replaceUtilityMeter: [
      { input: { meterId: a.meter, replacedAt: '2026-11-16T09:00:00+08:00', finalValue: '160', serialNumber: 'B-E2', initialValue: '0' } },
    ],
    recordMeterReading: [{ input: { meterId: a.meter, readAt: '2026-11-16T09:00:00+08:00', value: '170' } }],
    importMeterReadings: [
      { input: { validateOnly: false, rows: [{ meterId: a.meter, readAt: '2026-11-16T09:00:00+08:00', value: '170' }] } },
    ],
    setUtilityTariff: [{ input: { utility: 'WATER', unitPriceYuan: '1.00', version: 1 } }],
    setPrintPrices: [{ input: { schoolId: SCHOOL_A, prices: [{ paperSize: 'A4', pricePerPage: '0.01' }] } }],
    recordPrintJob: [
      {
        input: {
          schoolId: SCHOOL_A,
          departmentId: a.department,
          requestedByStaffId: teacherA,
          title: 'X',
          pages: 1,
          copies: 1,
          paperSize: 'A4',
          duplex: false,
        },
      },
      {
        input: {
          schoolId: SCHOOL_B,
          departmentId: a.department,
          requestedByStaffId: staffOf('B', 'TEACHER'),
          title: 'X',
          pages: 1,
          copies: 1,
          paperSize: 'A4',
          duplex: false,
        },
      },
    ],
    voidPrintJob: [{ input: { printJobId: a.printJob, reason: 'X' } }],
    reportWorkOrder: [
      { input: { schoolId: SCHOOL_A, roomId: a.room, title: 'X', description: 'X', category: 'OTHER' } },
      { input: { schoolId: SCHOOL_B, roomId: a.room, title: 'X', description: 'X', category: 'OTHER' } },
      { input: { schoolId: SCHOOL_B, assetId: a.asset, title: 'X', description: 'X', category: 'OTHER' } },
    ],
    triageWorkOrder: [{ input: { id: a.workOrder, version: 2, priority: 'SAFETY' } }],
    costWorkOrder: [{ input: { id: a.workOrder, version: 2, labour: '1.00', materials: '1.00' } }],
    reviewWorkOrder: [{ input: { id: a.workOrder, version: 2, decision: 'IN_HOUSE' } }],
    assignWorkOrder: [{ input: { id: a.workOrder, version: 2, staffIds: [staffOf('B', 'PLUMBER')] } }],
    startWorkOrder: [{ input: { id: a.workOrder, version: 2 } }],
    finishWorkOrder: [{ input: { id: a.workOrder, version: 2 } }],
    accountWorkOrder: [{ input: { id: a.workOrder, version: 2, labour: '1.00', materials: '1.00', contractor: '0' } }],
    rateWorkOrder: [{ input: { id: a.workOrder, version: 2, rating: 1 } }],
    updateWorkOrderSettings: [{ input: { version: 0, normalDueSchoolDays: 1 } }],
    // The QR path is open to whoever holds a room's code (the code is the credential): without one, nothing lands.
    reportRepairByQr: [{ input: { qrCode: 'AAAAAAAAAAAA', title: 'X', description: 'X', category: 'OTHER' } }],
    rateRepairByToken: [{ input: { token: 'x'.repeat(32), rating: 1 } }],
    createMaintenanceSchedule: [
      { input: { schoolId: SCHOOL_A, templateCode: 'LIFT_15_DAYS', roomId: a.room, startsOn: '2026-12-01' } },
      { input: { schoolId: SCHOOL_B, templateCode: 'LIFT_15_DAYS', roomId: a.room, startsOn: '2026-12-01' } },
      { input: { schoolId: SCHOOL_B, templateCode: 'FIRE_SYSTEM_YEARLY', buildingId: a.building, startsOn: '2026-12-01' } },
    ],
    setMaintenanceScheduleActive: [{ input: { id: a.schedule, version: 1, active: false } }],
    recordMaintenanceChecklist: [{ input: { workOrderId: a.workOrder, answers: [{ passed: true }] } }],
    recordMaintenanceMeterReading: [{ input: { scheduleId: a.generator, reading: '99999' } }],
    createPatrolRoute: [
      { input: { schoolId: SCHOOL_A, name: 'X', roomIds: [a.room, a.lab], windowStart: '17:00', windowEnd: '18:00' } },
      { input: { schoolId: SCHOOL_B, name: 'X', roomIds: [a.room, a.lab], windowStart: '17:00', windowEnd: '18:00' } },
    ],
    startPatrol: [{ input: { routeId: a.route } }],
    recordPatrolScan: [{ input: { patrolId: a.patrol, qrCode: a.roomQr } }],
    finishPatrol: [{ input: { patrolId: a.patrol } }],
    createDutyTask: [
      { input: { ...duty, schoolId: SCHOOL_A, responsibleStaffId: staffOf('A', 'PLUMBER'), checkerStaffId: staffOf('A', 'ELECTRICIAN') } },
      { input: { ...duty, schoolId: SCHOOL_B, responsibleStaffId: staffOf('A', 'PLUMBER'), checkerStaffId: staffOf('B', 'ELECTRICIAN') } },
      { input: { ...duty, schoolId: SCHOOL_B, responsibleStaffId: staffOf('B', 'PLUMBER'), checkerStaffId: staffOf('A', 'ELECTRICIAN') } },
    ],
    updateDutyTask: [
      { input: { id: a.dutyTask, version: 1, title: 'X' } },
      { input: { id: a.dutyTask, version: 1, responsibleStaffId: staffOf('B', 'PLUMBER') } },
    ],
    endDutyTask: [{ input: { id: a.dutyTask, version: 1, reason: 'X' } }],
    planDutyTasks: [{ input: { schoolId: SCHOOL_A, termId: a.term } }, { input: { schoolId: SCHOOL_B, termId: a.term } }],
    markDutyOccurrenceDone: [{ input: { id: a.dutyOccurrence, version: 1 } }],
    checkDutyOccurrence: [{ input: { id: a.dutyOccurrence, version: 1, result: 'DONE_WELL' } }],
    proposeStaffAppraisal: [
      { input: { schoolId: SCHOOL_A, staffId: staffOf('A', 'PLUMBER'), termId: a.term, grade: 'FAIL', comment: 'X' } },
      {
        input: { schoolId: SCHOOL_B, staffId: staffOf('A', 'PLUMBER'), termId: demoTermId('secondJunior', 2), grade: 'FAIL', comment: 'X' },
      },
      { input: { schoolId: SCHOOL_B, staffId: staffOf('B', 'PLUMBER'), termId: a.term, grade: 'FAIL', comment: 'X' } },
    ],
    confirmStaffAppraisal: [{ input: { id: a.appraisal, version: 1 } }],
  };
}

const OUTSIDERS: [string, ViewerClaims][] = [
  ['directorB', V.directorB],
  ['storekeeperB', V.storekeeperB],
  ['teacherB', V.teacherB],
];

describe('school B calling every facilities mutation with school A’s records', () => {
  it('has a row for every mutation of the schema', () => {
    expect(mutationNames(SCHEMA_PATH).filter((name) => !(name in rows()))).toEqual([]);
  });

  it('is refused every time (NOT_FOUND, FORBIDDEN or BAD_USER_INPUT) and nothing is written', async () => {
    expect(await outsiderMutationFailures(sub, schema, rows(), OUTSIDERS)).toEqual([]);
  });
});

describe('school B reading school A’s records', () => {
  it('finds none of them by id, tag or QR code', async () => {
    const byId: [string, string, Record<string, unknown>][] = [
      ['building', 'id', { id: a.building }],
      ['room', 'id', { id: a.room }],
      ['roomByQrCode', 'id', { code: a.roomQr }],
      ['asset', 'id', { id: a.asset }],
      ['assetByTag', 'id', { tagNumber: a.assetTag, schoolId: SCHOOL_A }],
      ['assetDisposal', 'id', { id: a.disposal }],
      ['assetStocktake', 'id', { id: a.stocktake }],
      ['consumableItem', 'id', { id: a.item }],
      ['requisition', 'id', { id: a.requisition }],
      ['utilityMeter', 'id', { id: a.meter }],
      ['printJob', 'id', { id: a.printJob }],
      ['workOrder', 'id', { id: a.workOrder }],
      ['maintenanceSchedule', 'id', { id: a.schedule }],
      ['dutyTask', 'id', { id: a.dutyTask }],
      ['dutyOccurrence', 'id', { id: a.dutyOccurrence }],
      ['staffAppraisal', 'id', { id: a.appraisal }],
      ['staffAppraisalFigures', '__typename', { staffId: staffOf('A', 'PLUMBER'), termId: a.term }],
      ['assetHistory', '__typename', { assetId: a.asset }],
      ['meterConsumption', '__typename', { meterId: a.meter, granularity: 'DAY', from: '2026-11-01', to: '2026-11-30' }],
    ];
    expect(await outsiderByIdFailures(sub, schema, byId, OUTSIDERS)).toEqual([]);
  });

  it('gets none of school A’s rows from any list', async () => {
    const lists: [string, string][] = [
      ['buildings', `buildings(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['rooms', `rooms(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['rooms by building', `rooms(filter: { buildingId: "${a.building}" }) { nodes { id } }`],
      ['departments', `departments(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['assets', `assets(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['assets by room', `assets(filter: { roomId: "${a.room}" }) { nodes { id } }`],
      ['assetDisposals', `assetDisposals(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['assetDisposals by asset', `assetDisposals(filter: { assetId: "${a.disposedAsset}" }) { nodes { id } }`],
      ['assetStocktakes', `assetStocktakes(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['consumableItems', `consumableItems(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['storeStock', `storeStock(filter: { storeroomRoomId: "${a.storeroom}" }) { nodes { itemId } }`],
      ['storeStock by item', `storeStock(filter: { itemId: "${a.item}" }) { nodes { itemId } }`],
      ['storeMovements', `storeMovements(filter: { itemId: "${a.item}" }) { nodes { id } }`],
      ['storeReceipts', `storeReceipts(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['requisitions', `requisitions(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['reorderSuggestions', `reorderSuggestions(schoolId: "${SCHOOL_A}") { nodes { __typename } }`],
      ['reorderRequests', `reorderRequests(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['dueReplacements', `dueReplacements(schoolId: "${SCHOOL_A}") { nodes { __typename } }`],
      ['utilityMeters', `utilityMeters(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['meterReadings', `meterReadings(meterId: "${a.meter}") { nodes { id } }`],
      ['meterAnomalies', `meterAnomalies(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['meterAnomalies by meter', `meterAnomalies(filter: { meterId: "${a.meter}" }) { nodes { id } }`],
      ['printJobs', `printJobs(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['printCharges', `printCharges(schoolId: "${SCHOOL_A}", month: "2026-11") { __typename }`],
      ['printMonths', `printMonths(schoolId: "${SCHOOL_A}", fromMonth: "2026-01", toMonth: "2026-11") { __typename }`],
      ['printPrices', `printPrices(schoolId: "${SCHOOL_A}") { __typename }`],
      ['schoolMeterReport', `schoolMeterReport(schoolId: "${SCHOOL_A}", month: "2026-11") { __typename }`],
      ['workOrders', `workOrders(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['maintenanceSchedules', `maintenanceSchedules(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['patrolRoutes', `patrolRoutes(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['patrols', `patrols(schoolId: "${SCHOOL_A}") { nodes { id } }`],
      ['workOrders by room', `workOrders(filter: { roomId: "${a.room}" }) { nodes { id } }`],
      ['workOrders by assignee', `workOrders(filter: { assigneeStaffId: "${staffOf('A', 'PLUMBER')}" }) { nodes { id } }`],
      ['dutyTasks', `dutyTasks(filter: { schoolId: "${SCHOOL_A}" }) { nodes { id } }`],
      ['dutyOccurrences', `dutyOccurrences(filter: { responsibleStaffId: "${staffOf('A', 'PLUMBER')}" }) { nodes { id } }`],
      ['staffAppraisals', `staffAppraisals(filter: { staffId: "${staffOf('A', 'PLUMBER')}" }) { nodes { id } }`],
    ];
    expect(await outsiderListFailures(sub, lists, OUTSIDERS)).toEqual([]);
  });
});
