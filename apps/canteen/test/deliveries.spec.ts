/**
 * Receiving inspection (进货查验, 索证索票): a storekeeper receives a supplier's delivery at the
 * canteen door, checks the documents, the temperature, the dates and the goods, and records what was
 * accepted and what was refused; bulk staples wait for a second, different inspector; an accepted
 * delivery becomes stock lots and tells finance, once. Nothing here is ever edited or deleted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer, type ViewerClaims } from '@houqin/auth';
import { canteenEvents, OutboxEvent } from '@houqin/events';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { DeliveryAction, deliveryFlow } from '../src/delivery/delivery.flow';
import { createCanteenSubgraph } from '../src/subgraph';
import { STARTER_INGREDIENTS } from '../src/ingredient/starter-set';
import {
  call,
  type CanteenFixture,
  canteenOf,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL_A,
  staffOf,
  startCanteen,
  SUPPLIERS,
  TEST_NOW,
  TEST_TODAY,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(90000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
/** Ingredient ids of the starter catalogue, by a short name. */
const ING: Record<'rice' | 'pork' | 'tofu' | 'cabbage' | 'egg', string> = { rice: '', pork: '', tofu: '', cabbage: '', egg: '' };
const CODES: Record<keyof typeof ING, string> = { rice: '012001x', pork: '081110', tofu: '031301x', cabbage: '045101x', egg: '111101x' };

beforeAll(async () => {
  sub = await startCanteen();
  // The district administrator imports the starter catalogue through the API, as a district would its table.
  const imported = await call<{ importIngredients: { ingredients: { id: string; foodCode: string }[] } }>(
    sub,
    V.admin,
    'mutation($input: ImportIngredientsInput!) { importIngredients(input: $input) { ingredients { id foodCode } } }',
    { input: { rows: STARTER_INGREDIENTS, validateOnly: false } },
  );
  for (const key of Object.keys(CODES) as (keyof typeof ING)[])
    ING[key] = imported.importIngredients.ingredients.find((i) => i.foodCode === CODES[key])!.id;
  canteen = await canteenOf(sub, 'A');
  canteenB = await canteenOf(sub, 'B');
});
afterAll(() => sub?.stop());

const DELIVERY_FIELDS = `id status schoolId canteenId supplierId deliveredOn invoiceNumber supplierLicenceNumber secondInspectionRequired
  inspectorAccountId inspectorStaffId secondInspectorAccountId secondInspectorStaffId retainUntil version
  acceptedTotal { yuan fen } deliveredTotal { fen }
  items { id lineNo ingredientId ingredient { foodCode } ingredientCategory quantity { amount unit display } deliveredAmount deliveredUnit
    unitPrice { fen } lineTotal { yuan fen } batchNumber productionDate shelfLifeDays expiresOn keptAt arrivalTemperatureTenths
    arrivalTemperature locationId quarantineCertificateNumber sensoryOk sensoryNotes status rejectionReason
    lot { id locationId ingredientId receivedQuantity balance expiresOn batchNumber cost { fen } deliveryItemId supplierId receivedOn } }
  steps { action actorAccountId comment }`;
const RECORD = `mutation($input: RecordDeliveryInput!) { recordDelivery(input: $input) { ${DELIVERY_FIELDS} } }`;
const SECOND = `mutation($input: SecondInspectDeliveryInput!) { secondInspectDelivery(input: $input) { ${DELIVERY_FIELDS} } }`;
const DELIVERY = `query($id: ID!) { delivery(id: $id) { ${DELIVERY_FIELDS} } }`;

let invoiceSeq = 0;
/** The produce distributor's delivery to school A's canteen today; `changes` override, `items` replace. */
function deliveryInput(items: Record<string, unknown>[], changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    canteenId: canteen.id,
    supplierId: SUPPLIERS.produce,
    deliveredOn: TEST_TODAY,
    invoiceNumber: `0441${String(++invoiceSeq).padStart(8, '0')}`,
    supplierLicenceNumber: 'JY13301000012345',
    items,
    ...changes,
  };
}

/** 50 kg of rice in 25 kg sacks at 4.20 yuan/kg into the dry store (a bulk staple). */
const rice = (changes: Record<string, unknown> = {}) => ({
  ingredientId: ING.rice,
  quantity: { amount: '50', unit: 'KG' },
  unitPrice: '4.20',
  batchNumber: 'DM20261101',
  productionDate: '2026-11-01',
  shelfLifeDays: 365,
  keptAt: 'DRY',
  locationId: canteen.locations.DRY,
  sensoryOk: true,
  ...changes,
});
/** 20 kg of frozen pork at −18 ℃ with its quarantine certificate, 28.50 yuan/kg, into the freezer. */
const pork = (changes: Record<string, unknown> = {}) => ({
  ingredientId: ING.pork,
  quantity: { amount: '20', unit: 'KG' },
  unitPrice: '28.50',
  batchNumber: 'ZR1114-03',
  productionDate: '2026-11-14',
  expiresOn: '2027-05-13',
  keptAt: 'FROZEN',
  arrivalTemperature: '-18',
  locationId: canteen.locations.FROZEN,
  quarantineCertificateNumber: '3301123456789',
  sensoryOk: true,
  ...changes,
});
/** 10 kg of tofu, chilled (0–8 ℃), 3 days' shelf life, 4.00 yuan/kg into the chiller. */
const tofu = (changes: Record<string, unknown> = {}) => ({
  ingredientId: ING.tofu,
  quantity: { amount: '10', unit: 'KG' },
  unitPrice: '4.00',
  batchNumber: 'DF1116',
  productionDate: '2026-11-16',
  shelfLifeDays: 3,
  keptAt: 'CHILLED',
  arrivalTemperature: '4.5',
  locationId: canteen.locations.CHILLED,
  sensoryOk: true,
  ...changes,
});
/** 30 斤 of cabbage (15 kg), loose produce without a shelf life, 1.60 yuan/斤. */
const cabbage = (changes: Record<string, unknown> = {}) => ({
  ingredientId: ING.cabbage,
  quantity: { amount: '30', unit: 'JIN' },
  unitPrice: '1.60',
  batchNumber: '20261116',
  productionDate: '2026-11-15',
  keptAt: 'DRY',
  locationId: canteen.locations.DRY,
  sensoryOk: true,
  ...changes,
});

type Out = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function record(input: Record<string, unknown>, as = V.storekeeper): Promise<Out> {
  return (await call<{ recordDelivery: Out }>(sub, as, RECORD, { input })).recordDelivery;
}

/** The canteen.delivery.accepted events in the outbox for a delivery. */
async function acceptedEvents(deliveryId: string): Promise<Out[]> {
  const rows = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: canteenEvents.deliveryAccepted.type } });
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) })).filter((row) => row.payload.deliveryId === deliveryId);
}

describe('a delivery of bulk staples (大宗食品)', () => {
  let delivery: Out;

  it('the storekeeper receives 50 kg of rice and 20 kg of frozen pork with its quarantine certificate: it waits for a second inspector', async () => {
    delivery = await record(deliveryInput([rice(), pork()]));
    expect(delivery).toMatchObject({
      status: 'PENDING_SECOND_INSPECTION',
      secondInspectionRequired: true,
      schoolId: SCHOOL_A,
      canteenId: canteen.id,
      supplierId: SUPPLIERS.produce,
      deliveredOn: TEST_TODAY,
      inspectorAccountId: V.storekeeper.accountId,
      inspectorStaffId: staffOf('A', 'STOREKEEPER'),
      secondInspectorAccountId: null,
      acceptedTotal: { yuan: '780.00', fen: 78_000 },
      deliveredTotal: { fen: 78_000 },
      // Six months past the latest expiry: the rice, produced 2026-11-01 with 365 days, lasts until 2027-10-31.
      retainUntil: '2028-04-30',
      version: 1,
    });
    expect(delivery.items).toMatchObject([
      {
        lineNo: 1,
        ingredient: { foodCode: '012001x' },
        ingredientCategory: 'GRAIN',
        quantity: { amount: 50_000, unit: 'GRAM', display: '50 kg' },
        deliveredAmount: '50',
        deliveredUnit: 'KG',
        unitPrice: { fen: 420 },
        lineTotal: { yuan: '210.00', fen: 21_000 },
        expiresOn: '2027-10-31',
        arrivalTemperature: null,
        status: 'ACCEPTED',
        rejectionReason: null,
        locationId: canteen.locations.DRY,
        lot: null,
      },
      {
        lineNo: 2,
        ingredientCategory: 'MEAT',
        quantity: { amount: 20_000, display: '20 kg' },
        lineTotal: { fen: 57_000 },
        expiresOn: '2027-05-13',
        arrivalTemperatureTenths: -180,
        arrivalTemperature: '−18.0 ℃',
        quarantineCertificateNumber: '3301123456789',
        status: 'ACCEPTED',
        lot: null,
      },
    ]);
    expect(delivery.steps).toEqual([{ action: 'RECORDED', actorAccountId: V.storekeeper.accountId, comment: null }]);
    // Nothing in stock and nothing told to finance before the second inspection.
    expect(await acceptedEvents(delivery.id)).toEqual([]);
  });

  it('the buttons each person is offered follow the same rules: not the first inspector, not a teacher', async () => {
    const actionsOf = async (who: ViewerClaims) =>
      (await call<{ delivery: Out }>(sub, who, 'query($id: ID!) { delivery(id: $id) { viewerActions } }', { id: delivery.id })).delivery
        .viewerActions;
    expect(await actionsOf(V.storekeeper)).toEqual([]);
    expect(await actionsOf(V.canteen)).toEqual(['CONFIRM', 'REFUSE']);
    expect(await actionsOf(V.principal)).toEqual(['CONFIRM', 'REFUSE']);
    expect(await actionsOf(V.auditor)).toEqual([]);
  });

  it('the first inspector cannot also be the second: refused naming the field, nothing written', async () => {
    const answer = await expectNoWrites(sub, () => sub.as(V.storekeeper).request(SECOND, { input: { id: delivery.id, confirmed: true } }));
    expectBadInput(answer, 'id');
    expect(answer.errors?.[0].message).toMatch(/different person/);
  });

  it('another account of the same staff member is the same person', async () => {
    const sameStaff = { ...V.storekeeper2, staffId: staffOf('A', 'STOREKEEPER') };
    expectBadInput(
      await expectNoWrites(sub, () => sub.as(sameStaff).request(SECOND, { input: { id: delivery.id, confirmed: true } })),
      'id',
    );
  });

  it('a teacher may not second-inspect; another school never sees the delivery', async () => {
    expectCode(
      await expectNoWrites(sub, () => sub.as(V.teacher).request(SECOND, { input: { id: delivery.id, confirmed: true } })),
      'FORBIDDEN',
    );
    expectCode(
      await expectNoWrites(sub, () => sub.as(V.canteenB).request(SECOND, { input: { id: delivery.id, confirmed: true } })),
      'NOT_FOUND',
    );
    expectCode(await sub.as(V.storekeeperB).request(DELIVERY, { id: delivery.id }), 'NOT_FOUND');
    expectCode(await sub.as(V.teacher).request(DELIVERY, { id: delivery.id }), 'NOT_FOUND');
  });

  it('the canteen manager, a different person, confirms it: the lots appear and finance is told once', async () => {
    const accepted = (await call<{ secondInspectDelivery: Out }>(sub, V.canteen, SECOND, { input: { id: delivery.id, confirmed: true } }))
      .secondInspectDelivery;
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      secondInspectorAccountId: V.canteen.accountId,
      secondInspectorStaffId: staffOf('A', 'CANTEEN_MANAGER'),
      version: 2,
    });
    expect(accepted.steps.map((s: Out) => [s.action, s.actorAccountId])).toEqual([
      ['RECORDED', V.storekeeper.accountId],
      ['SECOND_INSPECTED', V.canteen.accountId],
    ]);
    const [riceLot, porkLot] = accepted.items.map((item: Out) => item.lot);
    expect(riceLot).toMatchObject({
      locationId: canteen.locations.DRY,
      ingredientId: ING.rice,
      receivedQuantity: 50_000,
      balance: 50_000,
      cost: { fen: 21_000 },
      expiresOn: '2027-10-31',
      batchNumber: 'DM20261101',
      deliveryItemId: accepted.items[0].id,
      supplierId: SUPPLIERS.produce,
      receivedOn: TEST_TODAY,
    });
    expect(porkLot).toMatchObject({ locationId: canteen.locations.FROZEN, receivedQuantity: 20_000, cost: { fen: 57_000 } });
    const events = await acceptedEvents(delivery.id);
    expect(events.map((e) => [e.schoolId, e.payload])).toEqual([
      [
        SCHOOL_A,
        {
          deliveryId: delivery.id,
          schoolId: SCHOOL_A,
          canteenId: canteen.id,
          supplierId: SUPPLIERS.produce,
          deliveredOn: TEST_TODAY,
          acceptedTotalFen: 78_000,
          invoiceNumber: delivery.invoiceNumber,
        },
      ],
    ]);
  });

  it('an accepted delivery cannot be inspected again: CONFLICT, nothing written, still one event', async () => {
    const answer = await expectNoWrites(sub, () => sub.as(V.principal).request(SECOND, { input: { id: delivery.id, confirmed: true } }));
    expectCode(answer, 'CONFLICT');
    expect(await acceptedEvents(delivery.id)).toHaveLength(1);
  });
});

describe('what the door refuses', () => {
  it('tofu that arrives at 11 ℃ is rejected with its reason; the cabbage is accepted at once (no bulk staple)', async () => {
    const delivery = await record(deliveryInput([tofu({ arrivalTemperature: '11' }), cabbage()]));
    expect(delivery).toMatchObject({
      status: 'ACCEPTED',
      secondInspectionRequired: false,
      acceptedTotal: { fen: 4_800 },
      deliveredTotal: { fen: 8_800 },
      // The cabbage has no shelf life: two years from the delivery.
      retainUntil: '2028-11-16',
    });
    const [tofuItem, cabbageItem] = delivery.items;
    expect(tofuItem).toMatchObject({
      status: 'REJECTED',
      arrivalTemperature: '11.0 ℃',
      rejectionReason: 'Arrived at 11.0 ℃; chilled goods (冷藏) must arrive at 0–8 ℃.',
      locationId: null,
      lot: null,
    });
    expect(cabbageItem).toMatchObject({
      status: 'ACCEPTED',
      quantity: { amount: 15_000, display: '15 kg' },
      expiresOn: null,
      lot: { receivedQuantity: 15_000, cost: { fen: 4_800 }, expiresOn: null },
    });
    expect((await acceptedEvents(delivery.id)).map((e) => e.payload.acceptedTotalFen)).toEqual([4_800]);
  });

  it('a delivery whose every item is rejected is refused as a whole: no lot, nothing told to finance', async () => {
    const delivery = await record(
      deliveryInput([
        tofu({ sensoryOk: false, sensoryNotes: 'Sour smell, slimy surface' }),
        cabbage({ rejectionReason: 'Rotten leaves throughout' }),
      ]),
    );
    expect(delivery).toMatchObject({ status: 'REJECTED', acceptedTotal: { fen: 0 }, deliveredTotal: { fen: 8_800 } });
    expect(delivery.items.map((i: Out) => [i.status, i.rejectionReason, i.lot])).toEqual([
      ['REJECTED', 'Sensory check failed: Sour smell, slimy surface', null],
      ['REJECTED', 'Rotten leaves throughout', null],
    ]);
    expect(await acceptedEvents(delivery.id)).toEqual([]);
  });

  it('goods that expired before they arrived are rejected', async () => {
    const delivery = await record(deliveryInput([cabbage(), tofu({ productionDate: '2026-11-10', shelfLifeDays: 3 })]));
    expect(delivery.items[1]).toMatchObject({
      status: 'REJECTED',
      expiresOn: '2026-11-12',
      rejectionReason: 'Expired on 2026-11-12, before it arrived on 2026-11-16.',
    });
  });

  it.each([
    ['suspended by the district', SUPPLIERS.meat, /suspended/],
    ['whose food licence has expired', SUPPLIERS.dairy, /expired/],
    ['that is not a food supplier', SUPPLIERS.office, /not registered as a food supplier/],
    ['unknown', UNKNOWN_ID, /does not name a supplier/],
  ])('a supplier %s is refused, nothing written', async (_why, supplierId, message) => {
    const answer = await expectNoWrites(sub, () =>
      sub.as(V.storekeeper).request(RECORD, { input: deliveryInput([cabbage()], { supplierId }) }),
    );
    expectBadInput(answer, 'supplierId');
    expect(answer.errors?.[0].message).toMatch(message);
  });
});

describe('the second inspector refuses', () => {
  it('with a reason: the delivery is rejected, nothing enters stock; without one it is bad input', async () => {
    const delivery = await record(deliveryInput([rice()]));
    expectBadInput(
      await expectNoWrites(sub, () => sub.as(V.director).request(SECOND, { input: { id: delivery.id, confirmed: false } })),
      'comment',
    );
    const refused = (
      await call<{ secondInspectDelivery: Out }>(sub, V.director, SECOND, {
        input: { id: delivery.id, confirmed: false, comment: 'Sacks are damp: mould risk' },
      })
    ).secondInspectDelivery;
    expect(refused).toMatchObject({ status: 'REJECTED', secondInspectorAccountId: V.director.accountId });
    expect(refused.steps.map((s: Out) => [s.action, s.comment])).toEqual([
      ['RECORDED', null],
      ['REFUSED', 'Sacks are damp: mould risk'],
    ]);
    expect(refused.items[0].lot).toBeNull();
    expect(await acceptedEvents(delivery.id)).toEqual([]);
  });
});

describe('bad input answers its field and writes nothing', () => {
  const refusedOn = async (field: string, input: Record<string, unknown>) =>
    expectBadInput(await expectNoWrites(sub, () => sub.as(V.storekeeper).request(RECORD, { input })), field);

  it('a negative or zero quantity', async () => {
    await refusedOn('items.0.quantity', deliveryInput([rice({ quantity: { amount: '-5', unit: 'KG' } })]));
    await refusedOn('items.1.quantity', deliveryInput([rice(), pork({ quantity: { amount: '0', unit: 'KG' } })]));
  });

  it('a quantity that does not convert exactly (0.0005 kg is not a whole gram)', async () => {
    await refusedOn('items.0.quantity', deliveryInput([cabbage({ quantity: { amount: '0.0005', unit: 'KG' }, unitPrice: '2000.00' })]));
  });

  it('an expiry before the production date', async () => {
    await refusedOn('items.0.expiresOn', deliveryInput([pork({ productionDate: '2026-11-14', expiresOn: '2026-11-13' })]));
  });

  it('a price in fractions of a fen, or a line that does not come to a whole fen', async () => {
    await refusedOn('items.0.unitPrice', deliveryInput([rice({ unitPrice: '4.205' })]));
    await refusedOn('items.0.unitPrice', deliveryInput([rice({ quantity: { amount: '2.5', unit: 'KG' }, unitPrice: '12.35' })]));
    await refusedOn('items.0.unitPrice', deliveryInput([rice({ unitPrice: '0' })]));
  });

  it('an ingredient not in the catalogue', async () => {
    await refusedOn('items.1.ingredientId', deliveryInput([cabbage(), rice({ ingredientId: UNKNOWN_ID })]));
  });

  it('meat accepted without its quarantine certificate', async () => {
    await refusedOn('items.0.quarantineCertificateNumber', deliveryInput([pork({ quarantineCertificateNumber: null })]));
  });

  it('chilled goods without their temperature, a temperature that is no reading, a failed sensory check without notes', async () => {
    await refusedOn('items.0.arrivalTemperature', deliveryInput([tofu({ arrivalTemperature: null })]));
    await refusedOn('items.0.arrivalTemperature', deliveryInput([tofu({ arrivalTemperature: 'cold' })]));
    await refusedOn('items.0.sensoryNotes', deliveryInput([tofu({ sensoryOk: false })]));
  });

  it('an accepted item without a storage location, or in one that does not keep it so', async () => {
    await refusedOn('items.0.locationId', deliveryInput([rice({ locationId: null })]));
    await refusedOn('items.0.locationId', deliveryInput([rice({ locationId: canteen.locations.FROZEN })]));
    await refusedOn('items.0.locationId', deliveryInput([rice({ locationId: canteenB.locations.DRY })]));
  });

  it('goods produced after they arrived, and a delivery dated tomorrow', async () => {
    await refusedOn('items.0.productionDate', deliveryInput([cabbage({ productionDate: '2026-11-17' })]));
    await refusedOn('deliveredOn', deliveryInput([cabbage({ productionDate: '2026-11-16' })], { deliveredOn: '2026-11-17' }));
  });

  it('no items at all', async () => {
    await refusedOn('items', deliveryInput([]));
  });
});

describe('who may record', () => {
  it("another school's canteen is NOT_FOUND, nothing written", async () => {
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.storekeeper).request(RECORD, { input: deliveryInput([cabbage()], { canteenId: canteenB.id }) }),
      ),
      'NOT_FOUND',
    );
  });

  it('a teacher is FORBIDDEN before the input is even read, nothing written', async () => {
    const badInput = deliveryInput([rice({ unitPrice: '4.205', quantity: { amount: '-1', unit: 'KG' } })]);
    expectCode(await expectNoWrites(sub, () => sub.as(V.teacher).request(RECORD, { input: badInput })), 'FORBIDDEN');
  });

  it('a principal reads deliveries but does not record them', async () => {
    expectCode(await expectNoWrites(sub, () => sub.as(V.principal).request(RECORD, { input: deliveryInput([cabbage()]) })), 'FORBIDDEN');
  });

  it('the canteen manager records too', async () => {
    expect((await record(deliveryInput([cabbage()]), V.canteen)).status).toBe('ACCEPTED');
  });
});

describe('reading deliveries', () => {
  const LIST = `query($filter: DeliveryFilter, $first: Int) { deliveries(filter: $filter, first: $first) { nodes { id status schoolId } pageInfo { hasNextPage } } }`;

  it('the kitchen, the leaders and the district read the school’s; a teacher and another school see none', async () => {
    const mine = (await call<{ deliveries: { nodes: Out[] } }>(sub, V.principal, LIST, { filter: { canteenId: canteen.id } })).deliveries
      .nodes;
    expect(mine.length).toBeGreaterThan(3);
    expect(new Set(mine.map((d) => d.schoolId))).toEqual(new Set([SCHOOL_A]));
    const auditors = (await call<{ deliveries: { nodes: Out[] } }>(sub, V.auditor, LIST, { first: 100 })).deliveries.nodes;
    expect(auditors.map((d) => d.id)).toEqual(expect.arrayContaining(mine.map((d) => d.id)));
    expect((await call<{ deliveries: { nodes: Out[] } }>(sub, V.teacher, LIST, {})).deliveries.nodes).toEqual([]);
    expect((await call<{ deliveries: { nodes: Out[] } }>(sub, V.storekeeperB, LIST, {})).deliveries.nodes).toEqual([]);
  });

  it('filters by status, newest first', async () => {
    const rejected = (await call<{ deliveries: { nodes: Out[] } }>(sub, V.storekeeper, LIST, { filter: { status: 'REJECTED' } })).deliveries
      .nodes;
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    expect(rejected.every((d) => d.status === 'REJECTED')).toBe(true);
    const ids = rejected.map((d) => d.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });
});

describe("what receiving adds to finance's Supplier", () => {
  const SUPPLIER_FIELDS = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on Supplier { id
    canteenRejectionRate { itemsInspected itemsRejected percent }
    canteenDeliveries(first: 2, after: $after) { nodes { id supplier { id } } pageInfo { hasNextPage endCursor } } } } }`;
  const reps = [SUPPLIERS.grain, SUPPLIERS.meat].map((id) => ({ __typename: 'Supplier', id }));
  const grainIds: string[] = [];

  beforeAll(async () => {
    // The grain and oil company's four deliveries: five items inspected, two rejected.
    for (const items of [
      [cabbage(), tofu({ arrivalTemperature: '11' })],
      [cabbage()],
      [tofu({ sensoryOk: false, sensoryNotes: 'Mouldy' })],
      [cabbage()],
    ])
      grainIds.push((await record(deliveryInput(items, { supplierId: SUPPLIERS.grain }))).id);
  });

  it('a page of suppliers: each one’s rejection rate and newest deliveries, paged per supplier', async () => {
    const first = (await call<{ _entities: Out[] }>(sub, V.canteen, SUPPLIER_FIELDS, { reps }))._entities;
    expect(first[0].canteenRejectionRate).toEqual({ itemsInspected: 5, itemsRejected: 2, percent: '40.0' });
    expect(first[0].canteenDeliveries.nodes).toEqual([grainIds[3], grainIds[2]].map((id) => ({ id, supplier: { id: SUPPLIERS.grain } })));
    expect(first[0].canteenDeliveries.pageInfo.hasNextPage).toBe(true);
    // The suspended meat company never delivered here.
    expect(first[1]).toMatchObject({
      canteenRejectionRate: { itemsInspected: 0, itemsRejected: 0, percent: null },
      canteenDeliveries: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
    const next = (
      await call<{ _entities: Out[] }>(sub, V.canteen, SUPPLIER_FIELDS, {
        reps: reps.slice(0, 1),
        after: first[0].canteenDeliveries.pageInfo.endCursor,
      })
    )._entities;
    expect(next[0].canteenDeliveries.nodes.map((d: Out) => d.id)).toEqual([grainIds[1], grainIds[0]]);
    expect(next[0].canteenDeliveries.pageInfo.hasNextPage).toBe(false);
  });

  it('counts only the deliveries the viewer may see', async () => {
    const theirs = (await call<{ _entities: Out[] }>(sub, V.storekeeperB, SUPPLIER_FIELDS, { reps }))._entities;
    expect(theirs[0]).toMatchObject({ canteenRejectionRate: { itemsInspected: 0, percent: null }, canteenDeliveries: { nodes: [] } });
    const teacher = (await call<{ _entities: Out[] }>(sub, V.teacher, SUPPLIER_FIELDS, { reps }))._entities;
    expect(teacher[0].canteenRejectionRate.itemsInspected).toBe(0);
  });
});

describe('batched reads', () => {
  /** Runs `source` in-process as `who` and counts its SQL statements. */
  async function counted(who: ViewerClaims, source: string, variableValues: Record<string, unknown> = {}) {
    const definition = createCanteenSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    return withSqlStats(async () => {
      const contextValue = definition.createContext({
        viewer: new Viewer(who),
        requestId: 't',
        logger: pino({ level: 'silent' }),
        dataSource: sub.dataSource,
      });
      const result = await graphql({ schema, source, variableValues, contextValue });
      expect(result.errors).toBeUndefined();
      return { data: result.data as Out, statements: currentSqlStats()!.statements };
    });
  }

  it('a page of deliveries with their items, ingredients, lots and steps costs one statement each', async () => {
    const { data, statements } = await counted(
      V.auditor,
      'query { deliveries(first: 50) { nodes { id items { id ingredient { id } lot { id } } steps { action } } } }',
    );
    expect(data.deliveries.nodes.length).toBeGreaterThan(8);
    expect(statements).toBe(5);
  });

  it('a page of suppliers with their deliveries and rejection rates costs one statement each', async () => {
    const reps = Object.values(SUPPLIERS).map((id) => ({ __typename: 'Supplier', id }));
    const { data, statements } = await counted(
      V.canteen,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Supplier { canteenRejectionRate { itemsInspected } canteenDeliveries(first: 3) { nodes { id } } } } }',
      { reps },
    );
    expect(data._entities.filter((s: Out) => s.canteenDeliveries.nodes.length)).toHaveLength(2);
    expect(statements).toBe(2);
  });
});

it('docs/canteen.md shows the delivery flow as the code declares it (on failure: paste deliveryFlow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/canteen.md'), 'utf8');
  expect(doc).toContain(['```mermaid', deliveryFlow.diagram(), '```'].join('\n'));
});

it('every step name fits the workflow_step.action column (16 characters; the embedded database does not check)', () => {
  expect(Object.values(DeliveryAction).filter((action) => action.length > 16)).toEqual([]);
});
