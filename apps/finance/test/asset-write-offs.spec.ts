/**
 * Facilities approves the scrapping of First Primary's projector (facilities.asset.disposed); finance
 * records its write-off (资产核销) in the write-off register, once, through its real consumer: a
 * redelivered event is a duplicate, a replay under a new id adds nothing, and the school's ledgers do
 * not move (no money changed hands). The accountant reads it with its voucher; another school's
 * accountant and a teacher do not. Events are fed to the consumer as the relay would deliver them.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer, type EventEnvelope, subscriptionProblems, SUBSCRIPTIONS } from '@houqin/events';
import { expectCode, expectNoWrites, type TestSubgraph } from '@houqin/testing';
import { createFinanceConsumer } from '../src/events/finance.consumer';
import { JournalEntry } from '../src/ledger/ledger.entity';
import { AssetWriteOff } from '../src/writeoff/writeoff.entity';
import { Finance, SCHOOL_A, startFinance, TEST_NOW, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

const silent = pino({ level: 'silent' });

let sub: TestSubgraph;
let f: Finance;
let consumer: EventConsumer;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  consumer = new EventConsumer(createFinanceConsumer(TEST_NOW), { dataSource: sub.dataSource, logger: silent });
}, 60000);
afterAll(() => sub?.stop());

/** facilities.asset.disposed as facilities publishes it: a ¥7,200 projector, ¥6,200 depreciated. */
function disposed(payload: Record<string, unknown> = {}, schoolId = SCHOOL_A): EventEnvelope {
  return {
    id: newId(),
    type: 'facilities.asset.disposed',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId,
    actor: { accountId: V.principal.accountId, staffId: null },
    requestId: 'req-disposal',
    payload: {
      disposalId: newId(),
      assetId: newId(),
      schoolId,
      tagNumber: 'ZC-TY-0001',
      name: '投影仪',
      classCode: '2020200',
      costFen: 720_000,
      accumulatedDepreciationFen: 620_000,
      netBookValueFen: 100_000,
      method: 'SCRAPPED',
      proceedsFen: 5_000,
      disposedOn: '2026-11-16',
      ...payload,
    },
  };
}

const LIST = `query($filter: AssetWriteOffFilter) { assetWriteOffs(filter: $filter, first: 20) { nodes {
  schoolId disposalId assetId tagNumber name classCode method disposedOn period
  cost { yuan } accumulatedDepreciation { yuan } netBookValue { yuan } proceeds { yuan }
  voucherLines { account debit { yuan } credit { yuan } } } } }`;

interface WriteOffOut {
  disposalId: string;
  [key: string]: unknown;
}
const list = async (as = V.accountant, filter: Record<string, unknown> = {}) =>
  (await f.ok<{ assetWriteOffs: { nodes: WriteOffOut[] } }>(as, LIST, { filter })).assetWriteOffs.nodes;

describe('finance writes off the assets facilities disposes of (facilities.asset.disposed)', () => {
  it('subscribes to it and handles it (SUBSCRIPTIONS and the consumer agree)', () => {
    expect(SUBSCRIPTIONS.finance).toContain('facilities.asset.disposed');
    expect(subscriptionProblems([createFinanceConsumer()], { finance: SUBSCRIPTIONS.finance })).toEqual([]);
  });

  it('the projector is written off once: a redelivery is a duplicate, a replay under a new id changes nothing, no journal entry', async () => {
    const event = disposed();
    const disposalId = (event.payload as { disposalId: string }).disposalId;
    const entriesBefore = await sub.dataSource.getRepository(JournalEntry).count();
    expect((await consumer.handle(event)).outcome).toBe('handled');
    await expectNoWrites(sub, async () => {
      expect((await consumer.handle(event)).outcome).toBe('duplicate');
      expect((await consumer.handle({ ...event, id: newId() })).outcome).toBe('handled');
    });
    expect(await sub.dataSource.getRepository(AssetWriteOff).countBy({ disposalId })).toBe(1);
    expect(await sub.dataSource.getRepository(JournalEntry).count()).toBe(entriesBefore);

    const rows = (await list()).filter((w) => w.disposalId === disposalId);
    expect(rows).toEqual([
      {
        schoolId: SCHOOL_A,
        disposalId,
        assetId: (event.payload as { assetId: string }).assetId,
        tagNumber: 'ZC-TY-0001',
        name: '投影仪',
        classCode: '2020200',
        method: 'SCRAPPED',
        disposedOn: '2026-11-16',
        period: '2026-11',
        cost: { yuan: '7200.00' },
        accumulatedDepreciation: { yuan: '6200.00' },
        netBookValue: { yuan: '1000.00' },
        proceeds: { yuan: '50.00' },
        voucherLines: [
          { account: 'ACCUMULATED_DEPRECIATION', debit: { yuan: '6200.00' }, credit: { yuan: '0.00' } },
          { account: 'ASSET_DISPOSAL_EXPENSE', debit: { yuan: '1000.00' }, credit: { yuan: '0.00' } },
          { account: 'FIXED_ASSETS', debit: { yuan: '0.00' }, credit: { yuan: '7200.00' } },
        ],
      },
    ]);
    expect((await list(V.accountant, { period: '2026-11' })).map((w) => w.disposalId)).toContain(disposalId);
    expect((await list(V.accountant, { period: '2026-10' })).map((w) => w.disposalId)).not.toContain(disposalId);
  });

  it('the district reads it; another school’s accountant does not see it; a teacher may not read write-offs', async () => {
    const event = disposed({ tagNumber: 'ZC-DN-0002', name: '台式计算机' });
    const disposalId = (event.payload as { disposalId: string }).disposalId;
    expect((await consumer.handle(event)).outcome).toBe('handled');
    expect((await list(V.auditor)).map((w) => w.disposalId)).toContain(disposalId);
    expect((await list(V.accountant2)).map((w) => w.disposalId)).not.toContain(disposalId);
    expectCode(await f.request(V.teacher, LIST, { filter: {} }), 'FORBIDDEN');
  });

  it('an event for a school finance does not know, or with amounts that do not add up, is not recorded (retried, then parked)', async () => {
    await expectNoWrites(sub, async () => {
      expect((await consumer.handle(disposed({ schoolId: UNKNOWN_ID }, UNKNOWN_ID))).ok).toBe(false);
      expect((await consumer.handle(disposed({ netBookValueFen: 100_001 }))).ok).toBe(false);
    });
  });
});
