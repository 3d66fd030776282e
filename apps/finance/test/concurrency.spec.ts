import { Role } from '@houqin/auth';
import { codes, type GraphQLResponse, testStorage, type TestSubgraph } from '@houqin/testing';
import { WorkflowAction, WorkflowStep } from '../src/approval/approval.entity';
import { BudgetLine } from '../src/budget/budget.entity';
import { ClaimedInvoice } from '../src/claim/claim.entity';
import { JournalEntry } from '../src/ledger/ledger.entity';
import { Finance, invoice, ok, SCHOOL_A, SCHOOL_B, startFinance, sumOf, V, viewer } from './support';

/**
 * Concurrent writers are safe (brief §4): budgets change only through conditional updates and
 * workflow steps through version-checked transitions, so many people acting at once can neither
 * overspend a BLOCK line nor move one request twice. This needs a real server with row locks and
 * a connection pool; the embedded database runs one statement at a time.
 */
const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('concurrency on MySQL / MariaDB', () => {
  let sub: TestSubgraph;
  let f: Finance;
  const directors = [
    V.director,
    V.director2,
    viewer('director3', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A]]),
    viewer('director4', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A]]),
  ];
  const accountants = [V.accountant, V.accountantA2];

  beforeAll(async () => {
    sub = await startFinance();
    f = new Finance(sub);
  }, 60000);
  afterAll(async () => {
    await sub?.stop();
  });

  const succeeded = (responses: GraphQLResponse[]) => responses.filter((r) => !r.errors);
  const refused = (responses: GraphQLResponse[]) => responses.filter((r) => r.errors).map((r) => codes(r)[0]);
  const line = (categoryId: string) => sub.dataSource.getRepository(BudgetLine).findOneByOrFail({ schoolId: SCHOOL_A, categoryId });

  it('20 claims of 300.00 approved at once against a 1,000.00 BLOCK line: exactly 3 commit; paying them all at once spends exactly 900.00', async () => {
    const category = await f.category('RACE', { overrunPolicy: 'BLOCK' });
    await f.budget(SCHOOL_A, category, '1000.00');
    const claims: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { claim } = await f.submitClaim(i % 2 ? V.teacher : V.teacher2, SCHOOL_A, [{ categoryId: category, amount: '300.00' }]);
      ok(await f.reviewClaim(V.accountant, claim.id));
      claims.push(claim.id);
    }

    const approvals = await Promise.all(claims.map((id, i) => f.approveClaim(directors[i % directors.length], id)));
    expect(succeeded(approvals)).toHaveLength(3);
    for (const code of refused(approvals)) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(code);
    expect(approvals.every((r) => !r.errors || r.errors.length === 1)).toBe(true);
    const afterApproval = await line(category);
    expect(afterApproval).toMatchObject({ allocatedFen: 100000, committedFen: 90000, spentFen: 0 });
    const approvedIds = succeeded(approvals).map((r) => r.data.approveExpenseClaim.id as string);
    // The refused ones are still waiting, with nothing recorded for the failed attempt.
    for (const id of claims.filter((c) => !approvedIds.includes(c))) {
      expect(
        ok(await f.request(V.accountant, 'query($id: ID!) { expenseClaim(id: $id) { status steps { action } } }', { id })).expenseClaim,
      ).toEqual({ status: 'REVIEWED', steps: [{ action: 'SUBMITTED' }, { action: 'REVIEWED' }] });
    }

    // Pay each approved claim twice at once, and try the unapproved ones too.
    const payments = await Promise.all([
      ...approvedIds.flatMap((id) => accountants.map((who) => f.payClaim(who, id, '2026-06-01'))),
      ...claims
        .filter((c) => !approvedIds.includes(c))
        .slice(0, 5)
        .map((id, i) => f.payClaim(accountants[i % 2], id, '2026-06-01')),
    ]);
    expect(succeeded(payments)).toHaveLength(3);
    for (const code of refused(payments)) expect(code).toBe('CONFLICT');
    expect(await line(category)).toMatchObject({ allocatedFen: 100000, committedFen: 0, spentFen: 90000 });
    for (const id of approvedIds) expect(await sub.dataSource.getRepository(JournalEntry).countBy({ sourceId: id })).toBe(1);

    // The books balance, and the budget line matches the ledger.
    expect(await sumOf(sub, 'SELECT SUM(debitFen) FROM journal_line')).toBe(await sumOf(sub, 'SELECT SUM(creditFen) FROM journal_line'));
    const expense = await sumOf(
      sub,
      "SELECT SUM(debitFen) - SUM(creditFen) FROM journal_line WHERE account = 'EXPENSE' AND categoryId = ? AND schoolId = ?",
      [category, SCHOOL_A],
    );
    expect(expense).toBe(90000);
    expect((await line(category)).spentFen).toBe(expense);
  }, 30000);

  it('first approvals at once in a WARN category that has no budget line yet: all succeed and share one line', async () => {
    const category = await f.category('UNALLOCATED', { overrunPolicy: 'WARN' });
    const claims: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { claim, warnings } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: category, amount: '12.34' }]);
      expect(warnings).toHaveLength(1);
      ok(await f.reviewClaim(V.accountant, claim.id));
      claims.push(claim.id);
    }
    const approvals = await Promise.all(claims.map((id, i) => f.approveClaim(directors[i % directors.length], id)));
    expect(approvals.map((r) => codes(r))).toEqual(claims.map(() => []));
    const lines = await sub.dataSource.getRepository(BudgetLine).findBy({ schoolId: SCHOOL_A, categoryId: category });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ allocatedFen: 0, committedFen: 8 * 1234, spentFen: 0 });
  }, 30000);

  it('two approvers approving the same request at once: exactly one succeeds and the budget is committed once', async () => {
    const category = await f.category('DOUBLE', { overrunPolicy: 'BLOCK' });
    await f.budget(SCHOOL_A, category, '100000.00');
    const requests = [];
    for (let i = 0; i < 5; i++) requests.push(await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 1, price: '1000.00' }]));
    const results = await Promise.all(
      requests.flatMap((r) =>
        directors.slice(0, 3).map((who) => f.approvePurchase(who, r.id).then((response) => ({ id: r.id, response }))),
      ),
    );
    for (const r of requests) {
      const mine = results.filter((x) => x.id === r.id).map((x) => x.response);
      expect(succeeded(mine)).toHaveLength(1);
      expect(refused(mine)).toEqual(['CONFLICT', 'CONFLICT']);
      expect(await sub.dataSource.getRepository(WorkflowStep).countBy({ subjectId: r.id, action: WorkflowAction.APPROVED })).toBe(1);
    }
    expect((await line(category)).committedFen).toBe(5 * 100000);

    // An escalated request: two principals' steps cannot both be taken either.
    const big = await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 1, price: '6000.00' }]);
    const principals = [V.principal, viewer('principal2', [[Role.PRINCIPAL, SCHOOL_A]])];
    const first = await Promise.all([f.approvePurchase(V.director, big.id), f.approvePurchase(V.director2, big.id)]);
    expect(succeeded(first)).toHaveLength(1);
    const second = await Promise.all(principals.map((who) => f.approvePurchase(who, big.id)));
    expect(succeeded(second)).toHaveLength(1);
    expect(refused(second)).toEqual(['CONFLICT']);
    expect((await line(category)).committedFen).toBe(5 * 100000 + 600000);
  }, 30000);

  it('two storekeepers receiving the same delivery at once cannot receive it twice', async () => {
    const category = await f.category('RECEIVE', { overrunPolicy: 'WARN' });
    const supplier = await f.supplier();
    const request = await f.approvePurchaseFully(await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 5, price: '2.00' }]));
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['2.00'])).orderPurchase;
    const keepers = [V.storekeeper, viewer('storekeeper2', [[Role.STOREKEEPER, SCHOOL_A]]), V.director];
    const results = await Promise.all(
      keepers.map((who) => f.receivePurchase(who, request.id, [{ lineId: ordered.lines[0].id, quantity: 5 }])),
    );
    expect(succeeded(results)).toHaveLength(1);
    for (const code of refused(results)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(code);
    const now = ok(
      await f.request(V.accountant, 'query($id: ID!) { purchaseRequest(id: $id) { status lines { receivedQuantity } } }', {
        id: request.id,
      }),
    ).purchaseRequest;
    expect(now).toEqual({ status: 'RECEIVED', lines: [{ receivedQuantity: 5 }] });
  });

  it("the same invoice claimed at once from two schools' staff: exactly one claim is filed", async () => {
    const category = await f.category('INVOICE_RACE', { overrunPolicy: 'WARN' });
    const number = invoice();
    const input = (schoolId: string) => ({
      schoolId,
      title: 'Race',
      fiscalYear: 2026,
      lines: [{ categoryId: category, amount: '1.00', invoiceNumber: number }],
    });
    const results = await Promise.all([f.submitClaimRaw(V.teacher, input(SCHOOL_A)), f.submitClaimRaw(V.teacherB, input(SCHOOL_B))]);
    expect(succeeded(results)).toHaveLength(1);
    const failed = results.find((r) => r.errors)!;
    expect({ code: codes(failed)[0], field: failed.errors![0].extensions?.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'lines.0.invoiceNumber',
    });
    expect(await sub.dataSource.getRepository(ClaimedInvoice).countBy({ invoiceNumber: number })).toBe(1);
  });

  it('two accountants reversing the same entry at once: one reversal; closing a month twice at once: one closure', async () => {
    const entry = await f.mealFees(SCHOOL_A, '10.00', '2026-07-01');
    const reverse = (who: typeof V.admin) =>
      f.request(who, 'mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { id } }', {
        input: { entryId: entry.id, reason: 'Twice', entryDate: '2026-07-02' },
      });
    const reversals = await Promise.all([reverse(V.accountant), reverse(V.accountantA2), reverse(V.accountant)]);
    expect(succeeded(reversals)).toHaveLength(1);
    expect(refused(reversals)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(await sub.dataSource.getRepository(JournalEntry).countBy({ reversesEntryId: entry.id })).toBe(1);

    const close = (who: typeof V.admin) =>
      f.request(who, 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }', {
        input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-08' },
      });
    const closures = await Promise.all([close(V.accountant), close(V.principal), close(V.accountantA2)]);
    expect(succeeded(closures)).toHaveLength(1);
    for (const r of closures.filter((x) => x.errors))
      expect({ code: codes(r)[0], field: r.errors![0].extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('lowering a budget while its claims are approved never leaves more committed than allocated', async () => {
    const category = await f.category('SHRINK', { overrunPolicy: 'BLOCK' });
    await f.budget(SCHOOL_A, category, '1000.00');
    const claims: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: category, amount: '300.00' }]);
      ok(await f.reviewClaim(V.accountant, claim.id));
      claims.push(claim.id);
    }
    const [shrink, ...approvals] = await Promise.all([
      f.request(V.admin, 'mutation($input: SetBudgetInput!) { setBudget(input: $input) { allocated { fen } } }', {
        input: { schoolId: SCHOOL_A, categoryId: category, fiscalYear: 2026, allocated: '600.00' },
      }),
      ...claims.map((id, i) => f.approveClaim(directors[i], id)),
    ]);
    const after = await line(category);
    expect(after.committedFen).toBeLessThanOrEqual(after.allocatedFen);
    expect(after.committedFen).toBe(succeeded(approvals).length * 30000);
    if (shrink.errors) {
      expect(codes(shrink)).toEqual(['BAD_USER_INPUT']);
      expect(after.allocatedFen).toBe(100000);
      expect(succeeded(approvals)).toHaveLength(3);
    } else {
      expect(after.allocatedFen).toBe(60000);
      expect(succeeded(approvals).length).toBeLessThanOrEqual(2);
    }
  });
});
