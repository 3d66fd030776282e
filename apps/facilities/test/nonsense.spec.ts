/**
 * A careless user typing nonsense: school A's own director and storekeeper (who may call the mutation)
 * send empty strings, 10,000-character strings, negative and fractional quantities, "abc" as an id,
 * dates that do not exist, yuan with three decimals or an exponent, month 13, and huge or negative
 * page sizes. Each answer is one BAD_USER_INPUT naming the input field at fault (never INTERNAL), and
 * nothing is written.
 */
import type { ViewerClaims } from '@houqin/auth';
import { codes, mutationNames, ok, snapshot, type TestSubgraph } from '@houqin/testing';
import type { GraphQLSchema } from 'graphql';
import { facilitiesSchema, mutationDocument, SCHEMA_PATH } from './schema-fixtures';
import { CREATE_DEPARTMENT, placeOf } from './place-fixtures';
import { CAMPUS_A, SCHOOL_A, staffOf, startFacilities, V } from './support';

jest.setTimeout(120_000);

const LONG = 'x'.repeat(10_000);

let sub: TestSubgraph;
let schema: GraphQLSchema;
const a: Record<string, string> = {};

const make = async (as: ViewerClaims, name: string, input: Record<string, unknown>, pick = 'id'): Promise<string> =>
  ok<Record<string, Record<string, string>>>(
    await sub.as(as).request(mutationDocument(schema, name).replace('__typename', pick), { input }),
  )[name][pick];

beforeAll(async () => {
  schema = facilitiesSchema();
  sub = await startFacilities();
  const place = await placeOf(sub, 'A');
  a.building = place.buildingId;
  a.room = place.rooms.CLASSROOM;
  a.lab = place.rooms.LAB;
  a.storeroom = place.rooms.STOREROOM;
  a.department = ok<{ createDepartment: { id: string } }>(
    await sub.as(V.director).request(CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '教务处' } }),
  ).createDepartment.id;
  a.asset = await make(V.director, 'registerAsset', {
    schoolId: SCHOOL_A,
    tagNumber: 'A-NS-0001',
    name: '投影仪',
    classCode: '2010100',
    acquiredOn: '2024-09-01',
    cost: '6000.00',
    roomId: a.room,
  });
  a.item = await make(V.storekeeper, 'createConsumableItem', {
    schoolId: SCHOOL_A,
    name: '粉笔',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    reorderPoint: 10,
    reorderQuantity: 50,
    standardUnitCost: '5.00',
  });
  a.meter = await make(V.director, 'registerUtilityMeter', {
    schoolId: SCHOOL_A,
    utility: 'ELECTRICITY',
    name: '东校区总表',
    serialNumber: 'A-NS-E1',
    campusId: CAMPUS_A,
    installedOn: '2026-01-05',
    initialValue: '100',
  });
});
afterAll(() => sub?.stop());

type Case = [label: string, input: Record<string, unknown>, field: string];

/** A valid input per mutation, and the careless variations of it, each with the field it must name. */
function cases(): Record<string, { as: ViewerClaims; base: Record<string, unknown>; wrong: Case[] }> {
  const teacherA = staffOf('A', 'TEACHER');
  const asset = { schoolId: SCHOOL_A, tagNumber: 'A-NS-9', name: 'X', classCode: '2010100', acquiredOn: '2024-09-01', cost: '1.00' };
  const item = {
    schoolId: SCHOOL_A,
    name: 'X',
    unit: 'BOX',
    category: 'PAPER',
    reorderPoint: 1,
    reorderQuantity: 1,
    standardUnitCost: '1.00',
  };
  const line = { itemId: a.item, quantity: 1, unitCost: '5.00' };
  const meter = { schoolId: SCHOOL_A, utility: 'WATER', name: 'X', serialNumber: 'A-NS-W9', campusId: CAMPUS_A, installedOn: '2026-01-05' };
  const job = {
    schoolId: SCHOOL_A,
    departmentId: a.department,
    requestedByStaffId: teacherA,
    title: 'X',
    pages: 1,
    copies: 1,
    paperSize: 'A4',
    duplex: false,
  };
  return {
    createBuilding: {
      as: V.director,
      base: { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: 'X', floorsAbove: 2 },
      wrong: [
        ['empty name', { name: '' }, 'name'],
        ['long name', { name: LONG }, 'name'],
        ['negative floors', { floorsAbove: -1 }, 'floorsAbove'],
        ['abc campus', { campusId: 'abc' }, 'campusId'],
        ['abc school', { schoolId: 'abc' }, 'schoolId'],
      ],
    },
    createRoom: {
      as: V.director,
      base: { buildingId: a.building, floor: 1, number: '199', name: 'X', kind: 'OFFICE' },
      wrong: [
        ['empty number', { number: '' }, 'number'],
        ['long name', { name: LONG }, 'name'],
        ['abc building', { buildingId: 'abc' }, 'buildingId'],
        ['negative capacity', { capacity: -5 }, 'capacity'],
      ],
    },
    createDepartment: {
      as: V.director,
      base: { schoolId: SCHOOL_A, name: '总务处' },
      wrong: [
        ['empty name', { name: '   ' }, 'name'],
        ['long name', { name: LONG }, 'name'],
        ['long code', { code: LONG }, 'code'],
      ],
    },
    registerAsset: {
      as: V.director,
      base: asset,
      wrong: [
        ['empty tag', { tagNumber: '' }, 'tagNumber'],
        ['long tag', { tagNumber: LONG }, 'tagNumber'],
        ['long name', { name: LONG }, 'name'],
        ['long model', { model: LONG }, 'model'],
        ['30 February', { acquiredOn: '2026-02-30' }, 'acquiredOn'],
        ['tomorrow', { acquiredOn: 'tomorrow' }, 'acquiredOn'],
        ['three decimals', { cost: '1.234' }, 'cost'],
        ['negative cost', { cost: '-5' }, 'cost'],
        ['exponent', { cost: '1e3' }, 'cost'],
        ['abc room', { roomId: 'abc' }, 'roomId'],
        ['abc custodian', { custodianStaffId: 'abc' }, 'custodianStaffId'],
        ['bad class', { classCode: 'abc' }, 'classCode'],
      ],
    },
    moveAsset: {
      as: V.director,
      base: { assetId: a.asset, roomId: a.lab, clearRoom: false, clearCustodian: false },
      wrong: [
        ['abc asset', { assetId: 'abc' }, 'assetId'],
        ['abc room', { roomId: 'abc' }, 'roomId'],
        ['long reason', { reason: LONG }, 'reason'],
      ],
    },
    updateAsset: {
      as: V.director,
      base: { assetId: a.asset, version: 1, name: 'X' },
      wrong: [
        ['empty name', { name: '' }, 'name'],
        ['long serial', { serialNumber: LONG }, 'serialNumber'],
      ],
    },
    requestAssetDisposal: {
      as: V.director,
      base: { assetId: a.asset, reason: '损坏', method: 'SOLD', expectedProceeds: '10.00' },
      wrong: [
        ['empty reason', { reason: '' }, 'reason'],
        ['long reason', { reason: LONG }, 'reason'],
        ['negative proceeds', { expectedProceeds: '-5' }, 'expectedProceeds'],
        ['exponent proceeds', { expectedProceeds: '1e3' }, 'expectedProceeds'],
      ],
    },
    openAssetStocktake: {
      as: V.director,
      base: { schoolId: SCHOOL_A, scope: 'ROOM', roomId: a.lab },
      wrong: [
        ['abc room', { roomId: 'abc' }, 'roomId'],
        ['long note', { note: LONG }, 'note'],
      ],
    },
    createConsumableItem: {
      as: V.storekeeper,
      base: item,
      wrong: [
        ['empty name', { name: '' }, 'name'],
        ['long name', { name: LONG }, 'name'],
        ['negative reorder point', { reorderPoint: -1 }, 'reorderPoint'],
        ['negative reorder quantity', { reorderQuantity: -10 }, 'reorderQuantity'],
        ['three decimals', { standardUnitCost: '1.234' }, 'standardUnitCost'],
        ['negative cost', { standardUnitCost: '-5' }, 'standardUnitCost'],
        ['exponent', { standardUnitCost: '1e3' }, 'standardUnitCost'],
      ],
    },
    recordStoreReceipt: {
      as: V.storekeeper,
      base: { schoolId: SCHOOL_A, storeroomRoomId: a.storeroom, lines: [line] },
      wrong: [
        ['no lines', { lines: [] }, 'lines'],
        ['negative quantity', { lines: [{ ...line, quantity: -3 }] }, 'quantity'],
        ['zero quantity', { lines: [{ ...line, quantity: 0 }] }, 'quantity'],
        ['fractional quantity', { lines: [{ ...line, quantity: 1.5 }] }, 'quantity'],
        ['three decimals', { lines: [{ ...line, unitCost: '1.234' }] }, 'unitCost'],
        ['negative cost', { lines: [{ ...line, unitCost: '-5' }] }, 'unitCost'],
        ['abc item', { lines: [{ ...line, itemId: 'abc' }] }, 'itemId'],
        ['abc storeroom', { storeroomRoomId: 'abc' }, 'storeroomRoomId'],
        ['long note', { note: LONG }, 'note'],
      ],
    },
    requestRequisition: {
      as: V.teacher,
      base: { schoolId: SCHOOL_A, roomId: a.room, lines: [{ itemId: a.item, quantity: 1 }] },
      wrong: [
        ['no lines', { lines: [] }, 'lines'],
        ['negative quantity', { lines: [{ itemId: a.item, quantity: -1 }] }, 'quantity'],
        ['huge quantity', { lines: [{ itemId: a.item, quantity: 2_000_000_000 }] }, 'quantity'],
        ['abc item', { lines: [{ itemId: 'abc', quantity: 1 }] }, 'itemId'],
        ['long purpose', { purpose: LONG }, 'purpose'],
      ],
    },
    registerUtilityMeter: {
      as: V.director,
      base: meter,
      wrong: [
        ['empty serial', { serialNumber: '' }, 'serialNumber'],
        ['long name', { name: LONG }, 'name'],
        ['30 February', { installedOn: '2026-02-30' }, 'installedOn'],
        ['tomorrow', { installedOn: 'tomorrow' }, 'installedOn'],
        ['negative initial', { initialValue: '-5' }, 'initialValue'],
        ['abc initial', { initialValue: 'abc' }, 'initialValue'],
        ['zero multiplier', { multiplier: 0 }, 'multiplier'],
      ],
    },
    recordMeterReading: {
      as: V.director,
      base: { meterId: a.meter, readAt: '2026-11-15T10:00:00+08:00', value: '150' },
      wrong: [
        ['abc value', { value: 'abc' }, 'value'],
        ['negative value', { value: '-5' }, 'value'],
        ['exponent value', { value: '1e3' }, 'value'],
        ['abc meter', { meterId: 'abc' }, 'meterId'],
        ['long note', { note: LONG }, 'note'],
      ],
    },
    setPrintPrices: {
      as: V.director,
      base: { schoolId: SCHOOL_A, prices: [{ paperSize: 'A4', pricePerPage: '0.10' }] },
      wrong: [
        ['three decimals', { prices: [{ paperSize: 'A4', pricePerPage: '1.234' }] }, 'pricePerPage'],
        ['negative', { prices: [{ paperSize: 'A4', pricePerPage: '-5' }] }, 'pricePerPage'],
        ['exponent', { prices: [{ paperSize: 'A4', pricePerPage: '1e3' }] }, 'pricePerPage'],
        ['30 February', { effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
      ],
    },
    recordPrintJob: {
      as: V.director,
      base: job,
      wrong: [
        ['empty title', { title: '' }, 'title'],
        ['long title', { title: LONG }, 'title'],
        ['negative pages', { pages: -1 }, 'pages'],
        ['zero copies', { copies: 0 }, 'copies'],
        ['abc department', { departmentId: 'abc' }, 'departmentId'],
        ['abc staff', { requestedByStaffId: 'abc' }, 'requestedByStaffId'],
      ],
    },
  };
}

describe('careless input to the facilities mutations', () => {
  it('covers mutations of every concept', () => {
    const covered = Object.keys(cases());
    expect(covered.every((name) => mutationNames(SCHEMA_PATH).includes(name))).toBe(true);
  });

  it('answers BAD_USER_INPUT naming the field, never INTERNAL, and writes nothing', async () => {
    const failures: string[] = [];
    const before = JSON.stringify(await snapshot(sub.dataSource));
    for (const [name, { as, base, wrong }] of Object.entries(cases())) {
      const document = mutationDocument(schema, name);
      for (const [label, override, field] of wrong) {
        const response = await sub.as(as).request(document, { input: { ...base, ...override } });
        const got = codes(response);
        const named = String(response.errors?.[0]?.extensions?.field ?? '');
        if (got.length !== 1 || got[0] !== 'BAD_USER_INPUT' || !named.includes(field) || response.data) {
          failures.push(
            `${name} ${label}: ${got.join(',') || 'success'} field=${named} ${response.errors?.[0]?.message?.slice(0, 120) ?? ''}`,
          );
        }
        if (JSON.stringify(await snapshot(sub.dataSource)) !== before) {
          failures.push(`${name} ${label}: wrote to the database`);
          throw new Error(failures.join('\n'));
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('careless page sizes and months in the lists', () => {
  it('refuses first above 100, zero or negative, and a month 13, naming the argument', async () => {
    const failures: string[] = [];
    const asks: [string, string][] = [
      [`{ assets(filter: { schoolId: "${SCHOOL_A}" }, first: 100000) { nodes { id } } }`, 'first'],
      [`{ assets(filter: { schoolId: "${SCHOOL_A}" }, first: 101) { nodes { id } } }`, 'first'],
      [`{ rooms(filter: { schoolId: "${SCHOOL_A}" }, first: -1) { nodes { id } } }`, 'first'],
      [`{ consumableItems(filter: { schoolId: "${SCHOOL_A}" }, first: 0) { nodes { id } } }`, 'first'],
      [`{ printJobs(filter: { schoolId: "${SCHOOL_A}" }, first: 100000) { nodes { id } } }`, 'first'],
      [`{ meterReadings(meterId: "${a.meter}", first: 100000) { nodes { id } } }`, 'first'],
      [`{ assets(filter: { schoolId: "${SCHOOL_A}" }, after: "abc") { nodes { id } } }`, 'after'],
      [`{ printCharges(schoolId: "${SCHOOL_A}", month: "2026-13") { __typename } }`, 'month'],
      [`{ schoolMeterReport(schoolId: "${SCHOOL_A}", month: "2026-13") { __typename } }`, 'month'],
      [`{ printJobs(filter: { schoolId: "${SCHOOL_A}", month: "2026-13" }) { nodes { id } } }`, 'month'],
      [`{ meterConsumption(meterId: "${a.meter}", granularity: DAY, from: "2026-02-30", to: "2026-03-05") { __typename } }`, 'from'],
      [`{ dueReplacements(schoolId: "${SCHOOL_A}", weekOf: "tomorrow") { nodes { __typename } } }`, 'weekOf'],
      [`{ asset(id: "abc") { id } }`, 'id'],
    ];
    for (const [query, field] of asks) {
      const response = await sub.as(V.director).request(query);
      const got = codes(response);
      const named = String(response.errors?.[0]?.extensions?.field ?? '');
      if (got.length !== 1 || !['BAD_USER_INPUT', ...(field === 'id' ? ['NOT_FOUND'] : [])].includes(got[0]) || !named.includes(field)) {
        if (!(field === 'id' && got[0] === 'NOT_FOUND'))
          failures.push(`${query.slice(2, 40)}: ${got.join(',') || 'success'} field=${named}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
