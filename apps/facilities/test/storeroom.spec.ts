/**
 * The consumables storeroom (低值易耗品仓库): a storekeeper registers chalk and receives 50 boxes at
 * ¥12.50, then 10 more at ¥13.10: the stock is 60 boxes worth ¥756.00 at moving weighted average cost,
 * every movement recorded and summing to the stock; teachers read the register but not the stock;
 * other schools see nothing; bad input is refused on its field, writing nothing; the district admin
 * changes the approval value.
 */
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { StoreMovement, StoreStock } from '../src/storeroom/storeroom.entity';
import { placeOf } from './place-fixtures';
import { createItem, CREATE_ITEM, ITEM_FIELDS, MOVEMENTS, RECEIVE, receive, STOCK, UPDATE_ITEM, type ItemOut } from './storeroom-fixtures';
import { SCHOOL_A, SCHOOL_B, startFacilities, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
let storeroom: string;
let classroom: string;
let storeroomB: string;
let chalk: ItemOut;
let paper: ItemOut;

beforeAll(async () => {
  sub = await startFacilities();
  const place = await placeOf(sub, 'A');
  storeroom = place.rooms.STOREROOM;
  classroom = place.rooms.CLASSROOM;
  storeroomB = (await placeOf(sub, 'B')).rooms.STOREROOM;
  chalk = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: '白粉笔 (white chalk)',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    reorderPoint: 10,
    reorderQuantity: 50,
    standardUnitCost: '12.00',
  });
  paper = await createItem(sub, { schoolId: SCHOOL_A, name: 'A4复印纸', unit: 'REAM', category: 'PAPER', reorderPoint: 5 });
});

afterAll(() => sub?.close());

describe('a storekeeper receiving chalk', () => {
  it('receives 50 boxes at ¥12.50 and 10 at ¥13.10: 60 boxes worth ¥756.00, average ¥12.60', async () => {
    const first = await receive(sub, SCHOOL_A, storeroom, [{ itemId: chalk.id, quantity: 50, unitCost: '12.50' }]);
    expect(first.total.fen).toBe(62_500);
    const second = ok(
      await sub.as(V.storekeeper).request(RECEIVE, {
        input: {
          schoolId: SCHOOL_A,
          storeroomRoomId: storeroom,
          note: '文具店发票 No. 0042',
          lines: [{ itemId: chalk.id, quantity: 10, unitCost: '13.1' }],
        },
      }),
    ).recordStoreReceipt;
    expect(second).toMatchObject({
      source: 'MANUAL',
      purchaseRequestId: null,
      total: { yuan: '131.00', fen: 13_100 },
      recordedByAccountId: V.storekeeper.accountId,
      lines: [{ lineNo: 1, quantity: 10, unitCost: { yuan: '13.10' }, lineTotal: { fen: 13_100 }, item: { name: '白粉笔 (white chalk)' } }],
    });
    const stock = ok(await sub.as(V.storekeeper).request(STOCK, { filter: { storeroomRoomId: storeroom } })).storeStock.nodes;
    expect(stock).toEqual([
      {
        itemId: chalk.id,
        storeroomRoomId: storeroom,
        quantity: 60,
        value: { yuan: '756.00', fen: 75_600 },
        averageUnitCost: { yuan: '12.60' },
        item: { name: '白粉笔 (white chalk)' },
        storeroom: { id: storeroom, kind: 'STOREROOM' },
      },
    ]);
    const moves = ok(await sub.as(V.storekeeper).request(MOVEMENTS, { filter: { itemId: chalk.id } })).storeMovements.nodes;
    expect(moves.map((m: { kind: string; quantity: number; balanceAfter: number }) => [m.kind, m.quantity, m.balanceAfter])).toEqual([
      ['RECEIPT', 10, 60],
      ['RECEIPT', 50, 50],
    ]);
    const item = ok(await sub.as(V.teacher).request(`query($id: ID!) { consumableItem(id: $id) { ${ITEM_FIELDS} } }`, { id: chalk.id }));
    expect(item.consumableItem).toMatchObject({ stockQuantity: 60, atOrBelowReorderPoint: false, lastUnitCost: { yuan: '13.10' } });
  });

  it('keeps the books matching the goods: the movements of every stock row sum to it (帐物相符)', async () => {
    await receive(sub, SCHOOL_A, storeroom, [
      { itemId: paper.id, quantity: 3, unitCost: '23.33' },
      { itemId: chalk.id, quantity: 1, unitCost: '0.01' },
    ]);
    const stocks = await sub.dataSource.getRepository(StoreStock).find();
    for (const stock of stocks) {
      const moves = await sub.dataSource
        .getRepository(StoreMovement)
        .find({ where: { itemId: stock.itemId, storeroomRoomId: stock.storeroomRoomId } });
      expect(moves.reduce((s, m) => s + m.quantity, 0)).toBe(stock.quantity);
      expect(moves.reduce((s, m) => s + m.valueFen, 0)).toBe(stock.valueFen);
    }
  });

  it('lists items at or below their reorder point, by category and by name', async () => {
    const list = async (filter: Record<string, unknown>) =>
      ok(
        await sub
          .as(V.teacher)
          .request(`query($filter: ConsumableItemFilter) { consumableItems(filter: $filter) { nodes { name } } }`, { filter }),
      ).consumableItems.nodes.map((n: { name: string }) => n.name);
    expect(await list({ schoolId: SCHOOL_A, atOrBelowReorderPoint: true })).toEqual(['A4复印纸']);
    expect(await list({ category: 'CHALK_STATIONERY' })).toEqual(['白粉笔 (white chalk)']);
    expect(await list({ search: '粉笔' })).toEqual(['白粉笔 (white chalk)']);
    expect(await list({ search: '%' })).toEqual([]);
  });
});

describe('who may', () => {
  it('refuses a teacher receiving goods or registering items (FORBIDDEN before validation), writing nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(
        await sub.as(V.teacher).request(RECEIVE, {
          input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, lines: [{ itemId: chalk.id, quantity: 0, unitCost: 'x' }] },
        }),
        'FORBIDDEN',
      );
      expectCode(
        await sub.as(V.teacher).request(CREATE_ITEM, {
          input: {
            schoolId: SCHOOL_A,
            name: '',
            unit: 'BOX',
            category: 'PAPER',
            reorderPoint: -1,
            reorderQuantity: 0,
            standardUnitCost: '-1',
          },
        }),
        'FORBIDDEN',
      );
      expectCode(
        await sub.as(V.director).request(RECEIVE, {
          input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, lines: [{ itemId: chalk.id, quantity: 1, unitCost: '1' }] },
        }),
        'FORBIDDEN',
      );
    });
  });

  it('lets teachers read the register but not the stock; the district auditor reads both', async () => {
    expectCode(await sub.as(V.teacher).request(STOCK, {}), 'FORBIDDEN');
    expect(ok(await sub.as(V.auditor).request(STOCK, {})).storeStock.nodes.length).toBeGreaterThan(0);
    expect(ok(await sub.as(V.teacher).request(`{ consumableItems { nodes { id } } }`)).consumableItems.nodes).toHaveLength(2);
  });

  it('shows another school nothing: its storekeeper lists no stock and gets NOT_FOUND for the item', async () => {
    expect(ok(await sub.as(V.storekeeperB).request(STOCK, {})).storeStock.nodes).toEqual([]);
    expect(ok(await sub.as(V.storekeeperB).request(`{ consumableItems { nodes { id } } }`)).consumableItems.nodes).toEqual([]);
    await expectNoWrites(sub, async () => {
      expectCode(
        await sub.as(V.storekeeperB).request(UPDATE_ITEM, { input: { id: chalk.id, version: chalk.version, reorderPoint: 1 } }),
        'NOT_FOUND',
      );
      expectCode(await sub.as(V.teacherB).request(`query($id: ID!) { consumableItem(id: $id) { id } }`, { id: chalk.id }), 'NOT_FOUND');
    });
  });
});

describe('bad input', () => {
  const receipt = (line: Record<string, unknown>, room = storeroom) =>
    sub.as(V.storekeeper).request(RECEIVE, {
      input: { schoolId: SCHOOL_A, storeroomRoomId: room, lines: [{ itemId: chalk.id, quantity: 1, unitCost: '1.00', ...line }] },
    });

  it('refuses quantities that are not whole units, unknown items, fractions of a fen and other schools’ or non-storeroom rooms, naming the field', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await receipt({ quantity: 0 }), 'lines.0.quantity');
      expectBadInput(await receipt({ quantity: -3 }), 'lines.0.quantity');
      expectBadInput(await receipt({ unitCost: '1.005' }), 'lines.0.unitCost');
      expectBadInput(await receipt({ itemId: UNKNOWN_ID }), 'lines.0.itemId');
      expectBadInput(await receipt({}, storeroomB), 'storeroomRoomId');
      expectBadInput(await receipt({}, classroom), 'storeroomRoomId');
      const fractional = await receipt({ quantity: 1.5 });
      expect(fractional.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('refuses an item of another school on a receipt, and a second item of the same name', async () => {
    const chalkB = await createItem(
      sub,
      { schoolId: SCHOOL_B, name: '白粉笔 (white chalk)', unit: 'BOX', category: 'CHALK_STATIONERY' },
      V.storekeeperB,
    );
    await expectNoWrites(sub, async () => {
      expectBadInput(await receipt({ itemId: chalkB.id }), 'lines.0.itemId');
      expectBadInput(
        await sub.as(V.storekeeper).request(CREATE_ITEM, {
          input: {
            schoolId: SCHOOL_A,
            name: '白粉笔 (white chalk)',
            unit: 'BOX',
            category: 'CHALK_STATIONERY',
            reorderPoint: 1,
            reorderQuantity: 1,
            standardUnitCost: '1',
          },
        }),
        'name',
      );
      expectBadInput(
        await sub.as(V.storekeeper).request(CREATE_ITEM, {
          input: {
            schoolId: SCHOOL_A,
            name: '扫帚',
            unit: 'HANDLE',
            category: 'CLEANING',
            reorderPoint: -1,
            reorderQuantity: 1,
            standardUnitCost: '1',
          },
        }),
        'reorderPoint',
      );
    });
  });

  it('changes an item at the version read (CONFLICT for a stale one); its unit only while it has no movements', async () => {
    const updated = ok(
      await sub.as(V.director).request(UPDATE_ITEM, { input: { id: chalk.id, version: chalk.version, reorderPoint: 70 } }),
    ).updateConsumableItem;
    expect(updated).toMatchObject({ reorderPoint: 70, atOrBelowReorderPoint: true, version: chalk.version + 1 });
    await expectNoWrites(sub, async () => {
      expectCode(
        await sub.as(V.director).request(UPDATE_ITEM, { input: { id: chalk.id, version: chalk.version, reorderPoint: 5 } }),
        'CONFLICT',
      );
      expectBadInput(
        await sub.as(V.director).request(UPDATE_ITEM, { input: { id: chalk.id, version: updated.version, unit: 'PIECE' } }),
        'unit',
      );
    });
  });
});

describe('storeroom settings', () => {
  const SETTINGS = `{ storeroomSettings { version requisitionApprovalAbove { yuan } } }`;
  const UPDATE = `mutation($input: UpdateStoreroomSettingsInput!) { updateStoreroomSettings(input: $input) { version requisitionApprovalAbove { yuan } } }`;

  it('starts at ¥500 for everyone; only the district admin changes it, at the version read', async () => {
    expect(ok(await sub.as(V.teacher).request(SETTINGS)).storeroomSettings).toEqual({
      version: 0,
      requisitionApprovalAbove: { yuan: '500.00' },
    });
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.director).request(UPDATE, { input: { version: 0, requisitionApprovalAbove: '300' } }), 'FORBIDDEN');
      expectBadInput(
        await sub.as(V.admin).request(UPDATE, { input: { version: 0, requisitionApprovalAbove: '-3' } }),
        'requisitionApprovalAbove',
      );
    });
    expect(
      ok(await sub.as(V.admin).request(UPDATE, { input: { version: 0, requisitionApprovalAbove: '800' } })).updateStoreroomSettings,
    ).toEqual({
      version: 1,
      requisitionApprovalAbove: { yuan: '800.00' },
    });
    expectCode(await sub.as(V.admin).request(UPDATE, { input: { version: 0, requisitionApprovalAbove: '300' } }), 'CONFLICT');
    ok(await sub.as(V.admin).request(UPDATE, { input: { version: 1, requisitionApprovalAbove: '500' } }));
  });
});
