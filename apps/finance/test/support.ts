/**
 * Helpers shared by the finance integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts its own finance subgraph on a fresh database WITHOUT the demo seed and
 * builds its fixtures through the API, as the district's users would.
 */
import pino from 'pino';
import { may, type Permission, Role, Viewer, type ViewerClaims } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import {
  demoViewer,
  expectBadInput,
  expectCode,
  expectNoWrites,
  type GraphQLResponse,
  ok,
  snapshot,
  startTestSubgraph,
  type TestSubgraph,
} from '@houqin/testing';
import { creditCodeCheckChar } from '../src/supplier/supplier.rules';
import { applyDemoDirectory } from '../src/directory-copy/demo-directory';
import { createFinanceSubgraph } from '../src/subgraph';

export const SCHOOL_A = DEMO_SCHOOLS.firstPrimary.id;
export const SCHOOL_B = DEMO_SCHOOLS.secondJunior.id;
/** Every fixture names its fiscal year and payment dates explicitly, so nothing depends on today. */
export const FY = 2026;
/**
 * The finance subgraph's "today" in the tests: mid-December of FY in the schools' zone, so every date
 * of FY up to the 15th is a date the ledger accepts (no back-dating, no post-dating), whatever the real date.
 */
export const TEST_NOW = () => new Date(`${FY}-12-15T12:00:00+08:00`);
export const UNKNOWN_ID = '01900000-0000-7000-8000-999999999999';

/**
 * Finance without its events relay: the steps still record their events in the outbox, but no relay marks
 * them published between a test's snapshots (expectNoWrites). events.spec.ts starts the relay itself.
 */
export async function startFinance(): Promise<TestSubgraph> {
  const sub = await startTestSubgraph({ ...createFinanceSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
  await fillDirectoryCopy(sub);
  return sub;
}

/**
 * Fills finance's copy of the directory with the demo district (its schools, campuses and staff), as
 * the directory's events would: envelopes like the directory publishes, applied by finance's real
 * consumer. Finance validates every school id of an input against this copy.
 */
export function fillDirectoryCopy(sub: TestSubgraph): Promise<void> {
  return applyDemoDirectory(sub.dataSource, pino({ level: 'silent' }));
}

/** A hand-made viewer: an account of the demo district holding `grants`. */
export function viewer(username: string, grants: [Role, string | null][], staffId: string | null = null): ViewerClaims {
  return {
    accountId: newId(),
    username,
    staffId,
    districtId: DEMO_DISTRICT.id,
    grants: grants.map(([role, schoolId]) => ({ role, schoolId })),
  };
}

/** The demo accounts (school A = First Experimental Primary; accountant2 is at school B) and a few more. */
export const V = {
  admin: demoViewer('admin'),
  auditor: demoViewer('auditor'),
  principal: demoViewer('principal'),
  director: demoViewer('director'),
  accountant: demoViewer('accountant'),
  storekeeper: demoViewer('storekeeper'),
  teacher: { ...demoViewer('teacher'), staffId: newId() },
  canteen: demoViewer('canteen'),
  accountant2: demoViewer('accountant2'),
  teacher2: viewer('teacher2', [[Role.STAFF, SCHOOL_A]], newId()),
  director2: viewer('director2', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A]]),
  accountantA2: viewer('accountantA2', [[Role.ACCOUNTANT, SCHOOL_A]]),
  teacherB: viewer('teacherB', [[Role.STAFF, SCHOOL_B]], newId()),
  directorB: viewer('directorB', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_B]]),
  principalB: viewer('principalB', [[Role.PRINCIPAL, SCHOOL_B]]),
  admin2: viewer('admin2', [[Role.DISTRICT_ADMIN, null]]),
};

/**
 * `people` split by what the permission table (src/permissions.ts) says of them at `schoolId`, so a
 * role test reads who may from the table instead of restating it.
 */
export function byPermission(
  permission: Permission,
  schoolId: string | undefined,
  people: ViewerClaims[],
): { allowed: ViewerClaims[]; refused: ViewerClaims[] } {
  const allowed = people.filter((who) => may(new Viewer(who), permission, schoolId));
  return { allowed, refused: people.filter((who) => !allowed.includes(who)) };
}

/** Who approves at each level, per school. */
export const APPROVERS: Record<string, Record<'DIRECTOR' | 'PRINCIPAL' | 'DISTRICT', ViewerClaims>> = {
  [SCHOOL_A]: { DIRECTOR: V.director, PRINCIPAL: V.principal, DISTRICT: V.admin },
  [SCHOOL_B]: { DIRECTOR: V.directorB, PRINCIPAL: V.principalB, DISTRICT: V.admin },
};
export const ACCOUNTANTS: Record<string, ViewerClaims> = { [SCHOOL_A]: V.accountant, [SCHOOL_B]: V.accountant2 };

/** The n-th made-up but valid unified social credit code (GB 32100-2015 check character appended). */
export function creditCode(n: number): string {
  const body = `91350100MA${String(n).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body);
}

let invoiceSeq = 0;
/** A fresh invoice number (发票号码), 12 digits. */
export function invoice(): string {
  return String(440100000000 + ++invoiceSeq);
}

let supplierSeq = 0;

export const PR_FIELDS = `id status schoolId requesterAccountId requesterStaffId requiredLevel nextApprovalLevel version supplierId categoryId
  estimatedTotal { yuan fen } orderedTotal { yuan fen }
  lines { id description quantity unit receivedQuantity estimatedUnitPrice { yuan fen } actualUnitPrice { yuan fen } }
  steps { action level actorAccountId comment }`;
export const CLAIM_FIELDS = `id status schoolId fund requesterAccountId requiredLevel nextApprovalLevel version total { yuan fen }
  lines { id categoryId invoiceNumber amount { yuan fen } }
  steps { action level actorAccountId comment }`;
export const ENTRY_FIELDS = `id schoolId fund entryDate period memo sourceType sourceId reversesEntryId postedByAccountId
  lines { account categoryId supplierId debit { yuan fen } credit { yuan fen } }`;

/** What the API answers, as far as the tests read it (the fields of PR_FIELDS, CLAIM_FIELDS, ENTRY_FIELDS, …). */
export interface MoneyOut {
  yuan: string;
  fen: number;
}
export interface StepOut {
  action: string;
  level: string | null;
  actorAccountId: string;
  comment: string | null;
}
export interface RequestLineOut {
  id: string;
  description: string;
  quantity: number;
  unit: string;
  receivedQuantity: number;
  estimatedUnitPrice: MoneyOut;
  actualUnitPrice: MoneyOut | null;
}
export interface RequestOut {
  id: string;
  status: string;
  schoolId: string;
  requesterAccountId: string;
  requesterStaffId: string | null;
  requiredLevel: Level;
  nextApprovalLevel: Level | null;
  version: number;
  supplierId: string | null;
  categoryId: string;
  estimatedTotal: MoneyOut;
  orderedTotal: MoneyOut | null;
  lines: RequestLineOut[];
  steps: StepOut[];
}
export interface ClaimLineOut {
  id: string;
  categoryId: string;
  invoiceNumber: string;
  amount: MoneyOut;
}
export interface ClaimOut {
  id: string;
  status: string;
  schoolId: string;
  fund: string;
  requesterAccountId: string;
  requiredLevel: Level;
  nextApprovalLevel: Level | null;
  version: number;
  total: MoneyOut;
  lines: ClaimLineOut[];
  steps: StepOut[];
}
export interface EntryLineOut {
  account: string;
  categoryId: string | null;
  supplierId: string | null;
  debit: MoneyOut;
  credit: MoneyOut;
}
export interface EntryOut {
  id: string;
  schoolId: string;
  fund: string;
  entryDate: string;
  period: string;
  memo: string;
  sourceType: string;
  sourceId: string | null;
  reversesEntryId: string | null;
  postedByAccountId: string | null;
  lines: EntryLineOut[];
}
export interface ExecutionRowOut {
  category: { id: string; code: string; fund: string; overrunPolicy: string };
  allocated: MoneyOut;
  committed: MoneyOut;
  spent: MoneyOut;
  remaining: MoneyOut;
  spentByMonth: MoneyOut[];
}
type Level = 'DIRECTOR' | 'PRINCIPAL' | 'DISTRICT';
/** What setBudget answers (SET_BUDGET). */
export interface SetBudgetOut {
  category: { id: string; code: string };
  allocated: MoneyOut;
  committed: { fen: number };
  spent: { fen: number };
  remaining: { fen: number };
}

/** Fixtures built through the API of one running finance subgraph. */
export class Finance {
  constructor(readonly sub: TestSubgraph) {}

  request(as: ViewerClaims | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    return this.sub.as(as).request(query, variables);
  }

  /** The data of an answer without errors, read as `T` (any field the test asks for). */
  async ok<T = Record<string, never>>(as: ViewerClaims | null, query: string, variables?: Record<string, unknown>): Promise<T> {
    return ok<T>(await this.request(as, query, variables));
  }

  async category(code: string, options: { fund?: 'SCHOOL' | 'CANTEEN'; overrunPolicy?: 'BLOCK' | 'WARN' } = {}): Promise<string> {
    const data = await this.ok<{ createBudgetCategory: { id: string } }>(
      V.admin,
      'mutation($input: CreateBudgetCategoryInput!) { createBudgetCategory(input: $input) { id } }',
      {
        input: { code, name: `${code} (测试)`, fund: options.fund ?? 'SCHOOL', overrunPolicy: options.overrunPolicy ?? 'BLOCK' },
      },
    );
    return data.createBudgetCategory.id;
  }

  async budget(schoolId: string, categoryId: string, allocated: string, fiscalYear = FY): Promise<SetBudgetOut> {
    const data = await this.ok<{ setBudget: SetBudgetOut }>(V.admin, SET_BUDGET, {
      input: { schoolId, categoryId, allocated, fiscalYear },
    });
    return data.setBudget;
  }

  async supplier(options: { food?: boolean; licenceExpiresOn?: string; name?: string } = {}): Promise<string> {
    const n = ++supplierSeq;
    const input: Record<string, unknown> = { name: options.name ?? `Supplier ${n} (供应商)`, creditCode: creditCode(n) };
    if (options.food)
      Object.assign(input, {
        foodSupplier: true,
        foodLicenceNumber: `JY${String(n).padStart(12, '0')}`,
        foodLicenceExpiresOn: options.licenceExpiresOn ?? '2099-12-31',
      });
    const data = await this.ok<{ createSupplier: { id: string } }>(
      V.admin,
      'mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }',
      { input },
    );
    return data.createSupplier.id;
  }

  submitPurchaseRaw(as: ViewerClaims, input: Record<string, unknown>) {
    return this.request(
      as,
      `mutation($input: SubmitPurchaseRequestInput!) { submitPurchaseRequest(input: $input) { warnings request { ${PR_FIELDS} } } }`,
      { input },
    );
  }

  async submitPurchase(
    as: ViewerClaims,
    schoolId: string,
    categoryId: string,
    lines: { quantity: number; price: string; description?: string; unit?: string }[],
  ): Promise<RequestOut> {
    const data = ok<{ submitPurchaseRequest: { request: RequestOut } }>(
      await this.submitPurchaseRaw(as, {
        schoolId,
        categoryId,
        fiscalYear: FY,
        reason: 'Needed for the new term (新学期所需)',
        lines: lines.map((l, i) => ({
          description: l.description ?? `Item ${i + 1}`,
          quantity: l.quantity,
          unit: l.unit ?? 'box',
          estimatedUnitPrice: l.price,
        })),
      }),
    );
    return data.submitPurchaseRequest.request;
  }

  approvePurchase(as: ViewerClaims, id: string, comment?: string) {
    return this.request(as, `mutation($input: ApproveInput!) { approvePurchaseRequest(input: $input) { ${PR_FIELDS} } }`, {
      input: { id, comment },
    });
  }

  /** Approves at every awaited level with the school's approvers; returns the approved request. */
  async approvePurchaseFully(request: RequestOut): Promise<RequestOut> {
    let current = request;
    while (current.nextApprovalLevel)
      current = ok<{ approvePurchaseRequest: RequestOut }>(
        await this.approvePurchase(APPROVERS[current.schoolId][current.nextApprovalLevel], current.id),
      ).approvePurchaseRequest;
    return current;
  }

  orderPurchase(as: ViewerClaims, id: string, supplierId: string, prices: string[]) {
    return this.request(as, `mutation($input: OrderPurchaseInput!) { orderPurchase(input: $input) { ${PR_FIELDS} } }`, {
      input: { id, supplierId, lines: prices.map((actualUnitPrice) => ({ actualUnitPrice })) },
    });
  }

  receivePurchase(as: ViewerClaims, id: string, lines: { lineId: string; quantity: number }[], comment?: string) {
    return this.request(as, `mutation($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { ${PR_FIELDS} } }`, {
      input: { id, lines, comment },
    });
  }

  payPurchase(as: ViewerClaims, id: string, paidOn?: string, comment?: string) {
    return this.request(as, `mutation($input: PayInput!) { payPurchase(input: $input) { ${PR_FIELDS} } }`, {
      input: { id, paidOn, comment },
    });
  }

  /** Files, approves, orders at the estimated prices, receives everything and pays a request. */
  async paidPurchase(
    schoolId: string,
    categoryId: string,
    supplierId: string,
    lines: { quantity: number; price: string }[],
    paidOn: string,
    requester: ViewerClaims = V.teacher,
  ): Promise<RequestOut> {
    const submitted = await this.submitPurchase(requester, schoolId, categoryId, lines);
    await this.approvePurchaseFully(submitted);
    const ordered = ok<{ orderPurchase: RequestOut }>(
      await this.orderPurchase(
        ACCOUNTANTS[schoolId],
        submitted.id,
        supplierId,
        lines.map((l) => l.price),
      ),
    ).orderPurchase;
    const keeper = schoolId === SCHOOL_A ? V.storekeeper : V.directorB;
    ok(
      await this.receivePurchase(
        keeper,
        submitted.id,
        ordered.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
      ),
    );
    return ok<{ payPurchase: RequestOut }>(await this.payPurchase(ACCOUNTANTS[schoolId], submitted.id, paidOn)).payPurchase;
  }

  submitClaimRaw(as: ViewerClaims, input: Record<string, unknown>) {
    return this.request(
      as,
      `mutation($input: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $input) { warnings claim { ${CLAIM_FIELDS} } } }`,
      { input },
    );
  }

  async submitClaim(
    as: ViewerClaims,
    schoolId: string,
    lines: { categoryId: string; amount: string; invoiceNumber?: string }[],
  ): Promise<{ claim: ClaimOut; warnings: string[] }> {
    const data = ok<{ submitExpenseClaim: { claim: ClaimOut; warnings: string[] } }>(
      await this.submitClaimRaw(as, {
        schoolId,
        title: 'Reimbursement (报销)',
        fiscalYear: FY,
        lines: lines.map((l) => ({ invoiceNumber: invoice(), ...l })),
      }),
    );
    return data.submitExpenseClaim;
  }

  reviewClaim(as: ViewerClaims, id: string, comment?: string) {
    return this.request(as, `mutation($input: ReviewClaimInput!) { reviewExpenseClaim(input: $input) { ${CLAIM_FIELDS} } }`, {
      input: { id, comment },
    });
  }

  approveClaim(as: ViewerClaims, id: string, comment?: string) {
    return this.request(as, `mutation($input: ApproveInput!) { approveExpenseClaim(input: $input) { ${CLAIM_FIELDS} } }`, {
      input: { id, comment },
    });
  }

  rejectClaim(as: ViewerClaims, id: string, reason: string) {
    return this.request(as, `mutation($input: RejectInput!) { rejectExpenseClaim(input: $input) { ${CLAIM_FIELDS} } }`, {
      input: { id, reason },
    });
  }

  payClaim(as: ViewerClaims, id: string, paidOn?: string, comment?: string) {
    return this.request(as, `mutation($input: PayInput!) { payExpenseClaim(input: $input) { ${CLAIM_FIELDS} } }`, {
      input: { id, paidOn, comment },
    });
  }

  /** Reviews (the school's accountant) and approves at every level; returns the approved claim. */
  async approveClaimFully(claim: { id: string; schoolId: string }): Promise<ClaimOut> {
    let current = ok<{ reviewExpenseClaim: ClaimOut }>(await this.reviewClaim(ACCOUNTANTS[claim.schoolId], claim.id)).reviewExpenseClaim;
    while (current.nextApprovalLevel)
      current = ok<{ approveExpenseClaim: ClaimOut }>(
        await this.approveClaim(APPROVERS[claim.schoolId][current.nextApprovalLevel], claim.id),
      ).approveExpenseClaim;
    return current;
  }

  /** Files (by `requester`), reviews, approves and pays a claim. */
  async paidClaim(
    schoolId: string,
    lines: { categoryId: string; amount: string; invoiceNumber?: string }[],
    paidOn: string,
    requester: ViewerClaims = V.teacher,
  ): Promise<ClaimOut> {
    const { claim } = await this.submitClaim(requester, schoolId, lines);
    await this.approveClaimFully(claim);
    return ok<{ payExpenseClaim: ClaimOut }>(await this.payClaim(ACCOUNTANTS[schoolId], claim.id, paidOn)).payExpenseClaim;
  }

  postEntry(as: ViewerClaims | null, input: Record<string, unknown>) {
    return this.request(as, `mutation($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { ${ENTRY_FIELDS} } }`, { input });
  }

  /** Meal fees received into the canteen account: Dr BANK / Cr MEAL_FEE_INCOME. */
  async mealFees(schoolId: string, amount: string, entryDate: string): Promise<EntryOut> {
    return ok<{ postJournalEntry: EntryOut }>(
      await this.postEntry(ACCOUNTANTS[schoolId], {
        schoolId,
        fund: 'CANTEEN',
        entryDate,
        memo: 'Meal fees received (伙食费收入)',
        lines: [
          { account: 'BANK', debit: amount },
          { account: 'MEAL_FEE_INCOME', credit: amount },
        ],
      }),
    ).postJournalEntry;
  }

  async budgetLine(
    schoolId: string,
    categoryId: string,
    as: ViewerClaims = V.admin,
  ): Promise<{ allocated: number; committed: number; spent: number; remaining: number; spentByMonth: number[] }> {
    const data = await this.ok<{ budgetExecution: ExecutionRowOut[] }>(as, BUDGET_EXECUTION, { schoolId, fiscalYear: FY });
    const row = data.budgetExecution.find((r) => r.category.id === categoryId)!;
    return {
      allocated: row.allocated.fen,
      committed: row.committed.fen,
      spent: row.spent.fen,
      remaining: row.remaining.fen,
      spentByMonth: row.spentByMonth.map((m) => m.fen),
    };
  }

  /** The journal entries whose source is a request or claim. */
  async entriesOf(sourceId: string): Promise<EntryOut[]> {
    const data = await this.ok<{ journalEntries: { nodes: EntryOut[] } }>(
      V.auditor,
      `query { journalEntries(first: 100) { nodes { ${ENTRY_FIELDS} } } }`,
    );
    return data.journalEntries.nodes.filter((e) => e.sourceId === sourceId);
  }
}

export const SET_BUDGET =
  'mutation($input: SetBudgetInput!) { setBudget(input: $input) { category { id code } allocated { yuan fen } committed { fen } spent { fen } remaining { fen } } }';
export const BUDGET_EXECUTION = `query($schoolId: ID!, $fiscalYear: Int!) { budgetExecution(schoolId: $schoolId, fiscalYear: $fiscalYear) {
  category { id code fund overrunPolicy } allocated { yuan fen } committed { yuan fen } spent { yuan fen } remaining { yuan fen } spentByMonth { yuan fen } } }`;
export const CANTEEN_STATEMENT = `query($schoolId: ID!, $period: String!) { canteenStatement(schoolId: $schoolId, period: $period) {
  period openingBalance { yuan fen } mealFeeIncome { fen } otherIncome { fen } foodCost { fen } otherExpense { fen } closingBalance { yuan fen } } }`;

/** Debits and credits of an entry's lines in fen, for balance checks. */
export function totals(entry: { lines: { debit: { fen: number }; credit: { fen: number } }[] }): { debit: number; credit: number } {
  return entry.lines.reduce((acc, l) => ({ debit: acc.debit + l.debit.fen, credit: acc.credit + l.credit.fen }), { debit: 0, credit: 0 });
}

/** Sum of a column over the rows of a table matching `where` (raw SQL, both databases). */
export async function sumOf(sub: TestSubgraph, sql: string, parameters: unknown[] = []): Promise<number> {
  const rows = (await sub.dataSource.query(sql, parameters)) as Record<string, unknown>[];
  return Number(Object.values(rows[0])[0] ?? 0);
}

export { ok, expectBadInput, expectCode, snapshot, expectNoWrites };
