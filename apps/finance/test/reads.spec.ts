/**
 * Who reads what, as the role table of docs/finance.md says it, least privilege first: the
 * storekeeper receives goods and reads the school's requests, and nothing of its books (journal,
 * balances, budget execution, supplier spending) or of its staff's claims; the finance staff read
 * the books; any other staff member reads their own requests and claims and the canteen statement.
 */
import type { ViewerClaims } from '@houqin/auth';
import type { TestSubgraph } from '@houqin/testing';
import { Finance, FY, SCHOOL_A, startFinance, V } from './support';

let sub: TestSubgraph;
let f: Finance;
let requestId: string;
let claimId: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  const office = await f.category('READS');
  await f.budget(SCHOOL_A, office, '1000.00');
  requestId = (await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '10.00' }])).id;
  claimId = (await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '12.00' }])).claim.id;
  await f.mealFees(SCHOOL_A, '100.00', `${FY}-03-02`);
});
afterAll(() => sub?.stop());

const SCHOOL =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { accountBalances { school { fen } } budgetExecution(fiscalYear: 2026) { allocated { fen } } spentPerStudent(fiscalYear: 2026) { fen } } } }';

/** Each read of the books and records of school A, true when `who` gets it. */
async function reads(who: ViewerClaims): Promise<Record<string, boolean>> {
  const answer = (query: string, variables?: Record<string, unknown>) => f.request(who, query, variables);
  const requests = await answer('{ purchaseRequests(first: 100) { nodes { id } } }');
  const request = await answer('query($id: ID!) { purchaseRequest(id: $id) { id } }', { id: requestId });
  const claims = await answer('{ expenseClaims(first: 100) { nodes { id total { fen } requester { id } } } }');
  const claim = await answer('query($id: ID!) { expenseClaim(id: $id) { id } }', { id: claimId });
  const journal = await answer('{ journalEntries(first: 100) { nodes { id } } }');
  const execution = await answer('query($s: ID!) { budgetExecution(schoolId: $s, fiscalYear: 2026) { allocated { fen } } }', {
    s: SCHOOL_A,
  });
  const suppliers = await answer('query($s: ID!) { topSuppliers(fiscalYear: 2026, schoolId: $s, first: 5) { paid { fen } } }', {
    s: SCHOOL_A,
  });
  const canteen = await answer('query($s: ID!) { canteenStatement(schoolId: $s, period: "2026-03") { closingBalance { fen } } }', {
    s: SCHOOL_A,
  });
  const school = await answer(SCHOOL, { r: [{ __typename: 'School', id: SCHOOL_A, studentCount: 100 }] });
  const [facts] = (school.data?._entities ?? [{}]) as Record<string, unknown>[];
  const ids = (response: typeof requests, field: string) =>
    ((response.data?.[field] as { nodes: { id: string }[] } | undefined)?.nodes ?? []).map((n) => n.id);
  return {
    "the school's requests": ids(requests, 'purchaseRequests').includes(requestId) && !!request.data?.purchaseRequest,
    "colleagues' claims": ids(claims, 'expenseClaims').includes(claimId) && !!claim.data?.expenseClaim,
    'journal entries': ids(journal, 'journalEntries').length > 0,
    'budget execution': !!execution.data?.budgetExecution && facts.budgetExecution !== null,
    'bank balances': facts.accountBalances !== null && facts.accountBalances !== undefined,
    'spent per student': facts.spentPerStudent !== null && facts.spentPerStudent !== undefined,
    'supplier spending': !!suppliers.data?.topSuppliers,
    'canteen statement': !!canteen.data?.canteenStatement,
  };
}

const everything = {
  "the school's requests": true,
  "colleagues' claims": true,
  'journal entries': true,
  'budget execution': true,
  'bank balances': true,
  'spent per student': true,
  'supplier spending': true,
  'canteen statement': true,
};
const ownOnly = {
  "the school's requests": false,
  "colleagues' claims": false,
  'journal entries': false,
  'budget execution': false,
  'bank balances': false,
  'spent per student': false,
  'supplier spending': false,
  'canteen statement': true,
};

describe("who reads what of a school's finance (docs/finance.md, the role table)", () => {
  it("the storekeeper (保管员): the school's requests (to receive goods) and the posted canteen statement, nothing of the books or claims", async () => {
    expect(await reads(V.storekeeper)).toEqual({ ...ownOnly, "the school's requests": true });
  });

  it('the accountant, the general-affairs director and the principal: the books, its requests and claims', async () => {
    for (const who of [V.accountant, V.director, V.principal])
      expect({ who: who.username, reads: await reads(who) }).toEqual({ who: who.username, reads: everything });
  });

  it('the district auditor and administrator: everything of the district', async () => {
    for (const who of [V.auditor, V.admin])
      expect({ who: who.username, reads: await reads(who) }).toEqual({
        who: who.username,
        reads: { ...everything, 'canteen statement': true },
      });
  });

  it('any other staff member (a teacher, the canteen manager): their own, and the canteen statement', async () => {
    for (const who of [V.teacher2, V.canteen])
      expect({ who: who.username, reads: await reads(who) }).toEqual({ who: who.username, reads: ownOnly });
    // The teacher who filed them reads their own request and claim.
    expect(await reads(V.teacher)).toMatchObject({ "the school's requests": true, "colleagues' claims": true, 'journal entries': false });
  });

  it('another school sees none of it', async () => {
    expect(await reads(V.accountant2)).toEqual({ ...ownOnly, 'canteen statement': false });
  });
});
