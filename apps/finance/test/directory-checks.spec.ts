/**
 * Every school id of a finance input is checked against finance's own copy of the directory (kept
 * from its events, never read from its tables): a school of another district, a campus id given as
 * a school id, an id nobody knows, or a closed school where a new budget, request or claim would go,
 * is BAD_USER_INPUT on that field and writes nothing. A closed school's books may still be corrected
 * and closed. List filters are not checked: an unknown id simply matches nothing.
 */
import pino from 'pino';
import { Role } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { eventDefinition, EventConsumer, type EventEnvelope, type EventPayload, type EventType } from '@houqin/events';
import { financeConsumer } from '../src/events/finance.consumer';
import { expectBadInput, expectNoWrites, Finance, FY, ok, SCHOOL_A, SET_BUDGET, startFinance, UNKNOWN_ID, V, viewer } from './support';
import type { TestSubgraph } from '@houqin/testing';

let sub: TestSubgraph;
let f: Finance;
let office: string;
let consumer: EventConsumer;

/** A directory event, as the directory publishes it, applied by finance's consumer. */
async function directory<T extends EventType>(type: T, districtId: string, schoolId: string, payload: EventPayload<T>) {
  const envelope: EventEnvelope = {
    id: newId(),
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId,
    schoolId,
    actor: null,
    requestId: 'directory-checks',
    payload,
  };
  expect((await consumer.handle(envelope)).outcome).toBe('handled');
}
const school = (schoolId: string, active = true) => ({
  schoolId,
  code: '2133009990',
  name: 'A school (学校)',
  kind: 'PRIMARY' as const,
  active,
  timeZone: 'Asia/Shanghai',
});

const RIVERSIDE = DEMO_SCHOOLS.riversidePrimary.id; // merged in 2024: inactive in the directory
const OTHER_DISTRICT_SCHOOL = newId();

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  consumer = new EventConsumer(financeConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
  office = await f.category('CHECKS');
  await directory('directory.school.created', newId(), OTHER_DISTRICT_SCHOOL, school(OTHER_DISTRICT_SCHOOL));
});
afterAll(() => sub?.stop());

const setBudget = (schoolId: string, allocated = '100.00', categoryId = office) =>
  f.request(V.admin, SET_BUDGET, { input: { schoolId, categoryId, fiscalYear: FY, allocated } });

describe('setBudget names a school of the district, open for a new line', () => {
  it('refuses an unknown id, a school of another district, a campus id and a merged school, on schoolId, writing nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await setBudget(UNKNOWN_ID), 'schoolId');
      expectBadInput(await setBudget(OTHER_DISTRICT_SCHOOL), 'schoolId');
      const campus = await setBudget(DEMO_CAMPUSES.firstPrimaryEast.id);
      expectBadInput(campus, 'schoolId');
      expect(campus.errors![0].message).toMatch(/campus/);
      expectBadInput(await setBudget(RIVERSIDE), 'schoolId');
    });
    ok(await setBudget(SCHOOL_A));
  });

  it('a school that closes after its line was set: the line may still be re-allocated, no new line is opened', async () => {
    const closing = newId();
    await directory('directory.school.created', DEMO_DISTRICT.id, closing, school(closing));
    ok(await setBudget(closing, '500.00'));
    await directory('directory.school.changed', DEMO_DISTRICT.id, closing, { ...school(closing, false), changedFields: ['active'] });
    ok(await setBudget(closing, '200.00'));
    const other = await f.category('CHECKS2');
    await expectNoWrites(sub, async () => expectBadInput(await setBudget(closing, '1.00', other), 'schoolId'));
  });
});

describe('requests, claims and the ledger name a school the copy knows', () => {
  // Grants the directory once gave, at a school since merged, and at an id the directory never had.
  const atRiverside = viewer('riversideStaff', [
    [Role.STAFF, RIVERSIDE],
    [Role.ACCOUNTANT, RIVERSIDE],
  ]);
  const atGhost = viewer('ghostAccountant', [[Role.ACCOUNTANT, UNKNOWN_ID]]);

  it('no new request or claim at a merged school (schoolId), and nothing is written', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(atRiverside, {
          schoolId: RIVERSIDE,
          categoryId: office,
          fiscalYear: FY,
          reason: 'Paper',
          lines: [{ description: 'Paper', quantity: 1, unit: 'box', estimatedUnitPrice: '1.00' }],
        }),
        'schoolId',
      );
      expectBadInput(
        await f.submitClaimRaw(atRiverside, {
          schoolId: RIVERSIDE,
          title: 'Taxi',
          fiscalYear: FY,
          lines: [{ categoryId: office, amount: '1.00', invoiceNumber: '44010000999901' }],
        }),
        'schoolId',
      );
    });
  });

  it('the books of a merged school may still be corrected and closed; a school the copy does not know has none', async () => {
    const receipt = (schoolId: string) => ({
      schoolId,
      fund: 'CANTEEN',
      entryDate: `${FY}-03-02`,
      memo: 'Meal fees received (伙食费收入)',
      lines: [
        { account: 'BANK', debit: '1.00' },
        { account: 'MEAL_FEE_INCOME', credit: '1.00' },
      ],
    });
    ok(await f.postEntry(atRiverside, receipt(RIVERSIDE)));
    const close = 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }';
    const transfer = 'mutation($input: TransferBetweenFundsInput!) { transferBetweenFunds(input: $input) { from { id } } }';
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.postEntry(atGhost, receipt(UNKNOWN_ID)), 'schoolId');
      expectBadInput(await f.request(atGhost, close, { input: { schoolId: UNKNOWN_ID, fund: 'SCHOOL', period: `${FY}-01` } }), 'schoolId');
      expectBadInput(
        await f.request(atGhost, transfer, {
          input: { schoolId: UNKNOWN_ID, from: 'SCHOOL', amount: '1.00', memo: 'x', entryDate: `${FY}-03-02` },
        }),
        'schoolId',
      );
    });
  });

  it('a list filtered by an id nobody knows is empty, not an error', async () => {
    const data = await f.ok<{ purchaseRequests: { nodes: unknown[] }; expenseClaims: { nodes: unknown[] } }>(
      V.auditor,
      'query($s: ID!) { purchaseRequests(filter: { schoolId: $s }) { nodes { id } } expenseClaims(filter: { schoolId: $s }) { nodes { id } } }',
      { s: UNKNOWN_ID },
    );
    expect(data).toEqual({ purchaseRequests: { nodes: [] }, expenseClaims: { nodes: [] } });
  });
});
