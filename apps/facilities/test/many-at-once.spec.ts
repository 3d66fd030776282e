/**
 * Many people at once (MySQL / MariaDB only; the embedded database runs one transaction at a time):
 * storekeepers receiving the same item together leave a stock equal to the sum of its movements, and
 * names that must be unique (a department of a school, a room number of a building, a consumable item of
 * a school) typed by several people at the same moment make one record, the
 * others refused with an answer the user can read (never INTERNAL).
 */
import type { ViewerClaims } from '@houqin/auth';
import { codes, ok, testStorage, type GraphQLResponse, type TestSubgraph } from '@houqin/testing';
import type { GraphQLSchema } from 'graphql';
import { StoreMovement, StoreStock } from '../src/storeroom/storeroom.entity';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { facilitiesSchema, mutationDocument } from './schema-fixtures';
import { SCHOOL_A, startFacilities, V } from './support';

jest.setTimeout(120_000);

const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('many at once on MySQL / MariaDB', () => {
  let sub: TestSubgraph;
  let schema: GraphQLSchema;
  let place: PlaceFixture;
  const send = (as: ViewerClaims, name: string, input: Record<string, unknown>, pick = 'id') =>
    sub.as(as).request(mutationDocument(schema, name).replace('__typename', pick), { input });
  /** Exactly one of the answers made the record; the others are refused with a readable code. */
  const expectOneWinner = (answers: GraphQLResponse[]) => {
    expect(answers.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of answers.filter((r) => r.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codes(refused)[0]);
  };
  const eight = <T>(make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: 8 }, (_, i) => make(i)));

  beforeAll(async () => {
    schema = facilitiesSchema();
    sub = await startFacilities();
    place = await placeOf(sub, 'A');
  });
  afterAll(() => sub?.stop());

  it('ten receipts of chalk at once: the stock is every box received and its value every yuan paid', async () => {
    const chalk = ok(
      await send(V.storekeeper, 'createConsumableItem', {
        schoolId: SCHOOL_A,
        name: '白粉笔',
        unit: 'BOX',
        category: 'CHALK_STATIONERY',
        reorderPoint: 5,
        reorderQuantity: 50,
        standardUnitCost: '4.00',
      }),
    ).createConsumableItem.id as string;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send(i % 2 ? V.storekeeper : V.storekeeper2, 'recordStoreReceipt', {
          schoolId: SCHOOL_A,
          storeroomRoomId: place.rooms.STOREROOM,
          lines: [{ itemId: chalk, quantity: i + 1, unitCost: '4.10' }],
        }),
      ),
    );
    for (const answer of answers) ok(answer);
    const stock = await sub.dataSource.getRepository(StoreStock).findOneByOrFail({ itemId: chalk, storeroomRoomId: place.rooms.STOREROOM });
    expect({ quantity: stock.quantity, valueFen: stock.valueFen }).toEqual({ quantity: 55, valueFen: 55 * 410 });
    const moves = await sub.dataSource.getRepository(StoreMovement).findBy({ itemId: chalk });
    expect(moves).toHaveLength(10);
    expect(moves.map((m) => m.balanceAfter).sort((x, y) => x - y)).toEqual(
      [...new Set(moves.map((m) => m.balanceAfter))].sort((x, y) => x - y),
    );
    expect(Math.max(...moves.map((m) => m.balanceAfter))).toBe(55);
  });

  it('eight people naming the same department at once: one 教务处', async () => {
    expectOneWinner(await eight(() => send(V.director, 'createDepartment', { schoolId: SCHOOL_A, name: '教务处' })));
  });

  it('eight people putting room 301 in the same building at once: one room 301', async () => {
    expectOneWinner(
      await eight(() =>
        send(V.director, 'createRoom', { buildingId: place.buildingId, floor: 3, number: '301', name: '三年级1班', kind: 'CLASSROOM' }),
      ),
    );
  });

  it('eight storekeepers registering the same item at once: one 红色记号笔', async () => {
    expectOneWinner(
      await eight((i) =>
        send(i % 2 ? V.storekeeper : V.storekeeper2, 'createConsumableItem', {
          schoolId: SCHOOL_A,
          name: '红色记号笔',
          unit: 'STICK',
          category: 'CHALK_STATIONERY',
          reorderPoint: 5,
          reorderQuantity: 20,
          standardUnitCost: '3.00',
        }),
      ),
    );
  });
});
