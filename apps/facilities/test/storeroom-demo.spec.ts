/**
 * The storeroom's demo data: a year of requisitions up to today with brooms for each classroom on its
 * own rhythm (Class 3-2 of First Primary every 6 weeks), the books matching the goods in every
 * storeroom, nothing negative, and a second seeding changing nothing.
 */
import pino from 'pino';
import { DEFAULT_TIME_ZONE, shiftDate, todayIn } from '@houqin/common';
import { DEMO_SCHOOLS } from '@houqin/demo';
import type { TestSubgraph } from '@houqin/testing';
import { seedPlacesDemo } from '../src/demo/place';
import { seedStoreroomDemo } from '../src/demo/storeroom';
import { Room } from '../src/place/place.entity';
import {
  ConsumableItem,
  Requisition,
  RequisitionLine,
  RequisitionStatus,
  StoreMovement,
  StoreStock,
} from '../src/storeroom/storeroom.entity';
import { startFacilities } from './support';

jest.setTimeout(180_000);

const logger = pino({ level: 'silent' });
const NOW = new Date('2026-11-16T10:00:00+08:00');
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startFacilities({ now: () => NOW });
  await seedPlacesDemo(sub.dataSource, logger);
  await seedStoreroomDemo(sub.dataSource, logger, NOW);
});

afterAll(() => sub?.close());

it('requisitions brooms for Class 3-2 every six weeks for a year up to today, signed for', async () => {
  const m = sub.dataSource.manager;
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  const broom = await m.findOneByOrFail(ConsumableItem, { schoolId, name: '扫帚' });
  const rooms = await m.findBy(Room, { schoolId, name: 'Class 3-2 (三年级2班)' });
  const requisitions = await m
    .getRepository(Requisition)
    .createQueryBuilder('r')
    .innerJoin(RequisitionLine, 'l', 'l.requisitionId = r.id AND l.itemId = :item', { item: broom.id })
    .where('r.roomId IN (:...rooms)', { rooms: rooms.map((r) => r.id) })
    .orderBy('r.createdAt', 'ASC')
    .getMany();
  const byRoom = new Map<string, Requisition[]>();
  for (const r of requisitions) byRoom.set(r.roomId!, [...(byRoom.get(r.roomId!) ?? []), r]);
  const gaps = [...byRoom.values()].map((list) =>
    list.slice(1).map((r, i) => Math.round((r.createdAt.getTime() - list[i].createdAt.getTime()) / 86_400_000)),
  );
  // East campus: every 42 days, give or take a weekend.
  expect(gaps.some((g) => g.length >= 7 && g.every((d) => d >= 40 && d <= 44))).toBe(true);
  const today = todayIn(DEFAULT_TIME_ZONE, NOW);
  for (const r of requisitions) {
    expect(todayIn(DEFAULT_TIME_ZONE, r.createdAt) <= today && todayIn(DEFAULT_TIME_ZONE, r.createdAt) > shiftDate(today, -366)).toBe(true);
  }
  expect(requisitions.filter((r) => r.status === RequisitionStatus.RECEIVED).length).toBeGreaterThanOrEqual(7);
});

it('keeps every storeroom’s books matching its goods, never negative, and seeds once', async () => {
  const m = sub.dataSource.manager;
  const totals = await m
    .getRepository(StoreMovement)
    .createQueryBuilder('mv')
    .select([
      'mv.itemId AS itemId',
      'mv.storeroomRoomId AS storeroomRoomId',
      'SUM(mv.quantity) AS quantity',
      'SUM(mv.valueFen) AS valueFen',
    ])
    .addSelect('MIN(mv.balanceAfter)', 'least')
    .groupBy('mv.itemId')
    .addGroupBy('mv.storeroomRoomId')
    .getRawMany<{ itemId: string; storeroomRoomId: string; quantity: string; valueFen: string; least: string }>();
  const stocks = await m.find(StoreStock);
  expect(stocks.length).toBe(totals.length);
  for (const stock of stocks) {
    const t = totals.find((x) => x.itemId === stock.itemId && x.storeroomRoomId === stock.storeroomRoomId)!;
    expect([Number(t.quantity), Number(t.valueFen)]).toEqual([stock.quantity, stock.valueFen]);
    expect(Number(t.least)).toBeGreaterThanOrEqual(0);
    expect(stock.valueFen).toBeGreaterThanOrEqual(0);
  }
  const counts = [await m.count(Requisition), await m.count(StoreMovement)];
  expect(counts[0]).toBeGreaterThan(1000);
  expect(await m.countBy(Requisition, { status: RequisitionStatus.REQUESTED })).toBeGreaterThan(0);
  await seedStoreroomDemo(sub.dataSource, logger, NOW);
  expect([await m.count(Requisition), await m.count(StoreMovement)]).toEqual(counts);
});
