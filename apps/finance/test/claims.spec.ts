import { AuditEntry } from '@houqin/persistence';
import { type TestSubgraph } from '@houqin/testing';
import { ClaimedInvoice } from '../src/claim/claim.entity';
import { JournalEntry } from '../src/ledger/ledger.entity';
import {
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  FY,
  invoice,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  startFinance,
  totals,
  V,
} from './support';
import type { ClaimLineOut, EntryLineOut, StepOut } from './support';

/**
 * Expense claims (报账): a staff member claims back invoices; the accountant reviews (审核), the
 * approvers approve by amount, the accountant pays. An invoice is claimed once in the district.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string; // BLOCK, 10,000 at A, 10,000 at B
let travel: string; // BLOCK, 3,000 at A
let utilities: string; // WARN, 100 at A
let food: string; // canteen fund, BLOCK, 5,000 at A

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  travel = await f.category('TRAVEL');
  utilities = await f.category('UTILITIES', { overrunPolicy: 'WARN' });
  food = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  await f.budget(SCHOOL_A, office, '10000.00');
  await f.budget(SCHOOL_B, office, '10000.00');
  await f.budget(SCHOOL_A, travel, '3000.00');
  await f.budget(SCHOOL_A, utilities, '100.00');
  await f.budget(SCHOOL_A, food, '5000.00');
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const claimInput = (lines: { categoryId: string; amount: string; invoiceNumber?: string }[], schoolId = SCHOOL_A) => ({
  schoolId,
  title: 'Printer repair and travel (打印机维修、差旅)',
  fiscalYear: FY,
  lines: lines.map((l) => ({ invoiceNumber: invoice(), ...l })),
});

describe('the whole story of a claim', () => {
  it('file → review → approve → pay posts one balanced entry with an expense line per category', async () => {
    const paper = invoice();
    const filed = ok(
      await f.submitClaimRaw(V.teacher, {
        schoolId: SCHOOL_A,
        title: 'Printer repair and travel (打印机维修、差旅)',
        fiscalYear: FY,
        lines: [
          { categoryId: office, amount: '120.50', invoiceNumber: paper, attachments: ['scan/2026/05/a.pdf'] },
          { categoryId: travel, amount: '80', invoiceNumber: invoice() },
          { categoryId: office, amount: '9.50', invoiceNumber: invoice() },
        ],
      }),
    ).submitExpenseClaim;
    expect(filed.warnings).toEqual([]);
    const claim = filed.claim;
    expect(claim).toMatchObject({
      status: 'SUBMITTED',
      fund: 'SCHOOL',
      total: { yuan: '210.00', fen: 21000 },
      requiredLevel: 'DIRECTOR',
      nextApprovalLevel: 'DIRECTOR',
      requesterAccountId: V.teacher.accountId,
    });
    expect(claim.lines.map((l: ClaimLineOut) => [l.invoiceNumber, l.amount.yuan])).toEqual([
      [paper, '120.50'],
      [expect.any(String), '80.00'],
      [expect.any(String), '9.50'],
    ]);

    // Not approvable before the accountant's review.
    await expectNoWrites(sub, async () => {
      expectCode(await f.approveClaim(V.director, claim.id), 'CONFLICT');
      expectCode(await f.payClaim(V.accountant, claim.id, '2026-06-10'), 'CONFLICT');
      expectCode(await f.reviewClaim(V.director, claim.id), 'FORBIDDEN');
    });
    const reviewed = ok(await f.reviewClaim(V.accountant, claim.id, 'Invoices checked (发票已核)')).reviewExpenseClaim;
    expect(reviewed).toMatchObject({ status: 'REVIEWED', nextApprovalLevel: 'DIRECTOR' });
    await expectNoWrites(sub, async () => {
      expectCode(await f.reviewClaim(V.accountant, claim.id), 'CONFLICT');
      expectCode(await f.payClaim(V.accountant, claim.id, '2026-06-10'), 'CONFLICT');
      expectCode(await f.approveClaim(V.principal, claim.id), 'FORBIDDEN');
    });

    const approved = ok(await f.approveClaim(V.director, claim.id, 'OK')).approveExpenseClaim;
    expect(approved).toMatchObject({ status: 'APPROVED', nextApprovalLevel: null });
    expect(await f.budgetLine(SCHOOL_A, office)).toMatchObject({ committed: 13000, spent: 0 });
    expect(await f.budgetLine(SCHOOL_A, travel)).toMatchObject({ committed: 8000, spent: 0 });
    await expectNoWrites(sub, async () => expectCode(await f.approveClaim(V.director, claim.id), 'CONFLICT'));

    const paid = ok(await f.payClaim(V.accountant, claim.id, '2026-06-10', 'Paid to card (打卡)')).payExpenseClaim;
    expect(paid.status).toBe('PAID');
    expect(await f.budgetLine(SCHOOL_A, office)).toMatchObject({ committed: 0, spent: 13000 });
    expect(await f.budgetLine(SCHOOL_A, travel)).toMatchObject({ committed: 0, spent: 8000 });
    await expectNoWrites(sub, async () => expectCode(await f.payClaim(V.accountant, claim.id, '2026-06-10'), 'CONFLICT'));

    expect(paid.steps).toEqual([
      { action: 'SUBMITTED', level: null, actorAccountId: V.teacher.accountId, comment: null },
      { action: 'REVIEWED', level: null, actorAccountId: V.accountant.accountId, comment: 'Invoices checked (发票已核)' },
      { action: 'APPROVED', level: 'DIRECTOR', actorAccountId: V.director.accountId, comment: 'OK' },
      { action: 'PAID', level: null, actorAccountId: V.accountant.accountId, comment: 'Paid to card (打卡)' },
    ]);

    const entries = await f.entriesOf(claim.id);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ fund: 'SCHOOL', entryDate: '2026-06-10', period: '2026-06', sourceType: 'EXPENSE_CLAIM' });
    expect(totals(entry)).toEqual({ debit: 21000, credit: 21000 });
    expect(entry.lines.map((l: EntryLineOut) => [l.account, l.categoryId, l.debit.fen, l.credit.fen])).toEqual(
      expect.arrayContaining([
        ['EXPENSE', office, 13000, 0],
        ['EXPENSE', travel, 8000, 0],
        ['BANK', null, 0, 21000],
      ]),
    );
    expect(entry.lines).toHaveLength(3);

    const actions = (await sub.dataSource.getRepository(AuditEntry).find({ where: { entityId: claim.id }, order: { id: 'ASC' } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(['expenseClaim.submit', 'expenseClaim.review', 'expenseClaim.approve', 'expenseClaim.pay']);
  });

  it('a canteen claim is paid from the canteen account as food cost', async () => {
    const paid = await f.paidClaim(SCHOOL_A, [{ categoryId: food, amount: '456.78' }], '2026-06-11', V.canteen);
    expect(paid).toMatchObject({ status: 'PAID', fund: 'CANTEEN' });
    const [entry] = await f.entriesOf(paid.id);
    expect(entry.fund).toBe('CANTEEN');
    expect(entry.lines.map((l: EntryLineOut) => [l.account, l.debit.fen, l.credit.fen])).toEqual(
      expect.arrayContaining([
        ['FOOD_COST', 45678, 0],
        ['BANK', 0, 45678],
      ]),
    );
  });

  it('larger claims go on to the principal; the director cannot take that step', async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '6000.00' }]);
    expect(claim.requiredLevel).toBe('PRINCIPAL');
    ok(await f.reviewClaim(V.accountant, claim.id));
    expect(ok(await f.approveClaim(V.director, claim.id)).approveExpenseClaim.nextApprovalLevel).toBe('PRINCIPAL');
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(0);
    await expectNoWrites(sub, async () => expectCode(await f.approveClaim(V.director, claim.id), 'FORBIDDEN'));
    const approved = ok(await f.approveClaim(V.principal, claim.id)).approveExpenseClaim;
    expect(approved.status).toBe('APPROVED');
    expect(approved.steps.map((s: StepOut) => [s.action, s.level])).toEqual([
      ['SUBMITTED', null],
      ['REVIEWED', null],
      ['APPROVED', 'DIRECTOR'],
      ['APPROVED', 'PRINCIPAL'],
    ]);
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(600000);
    ok(await f.payClaim(V.accountant, claim.id, '2026-06-12'));
  });
});

describe('separation of duties', () => {
  it('an accountant who files a claim cannot review, approve or pay it; a colleague can', async () => {
    const { claim } = await f.submitClaim(V.accountant, SCHOOL_A, [{ categoryId: office, amount: '30.00' }]);
    await expectNoWrites(sub, async () => expectCode(await f.reviewClaim(V.accountant, claim.id), 'FORBIDDEN'));
    ok(await f.reviewClaim(V.accountantA2, claim.id));
    ok(await f.approveClaim(V.director, claim.id));
    await expectNoWrites(sub, async () => expectCode(await f.payClaim(V.accountant, claim.id, '2026-06-13'), 'FORBIDDEN'));
    expect(ok(await f.payClaim(V.accountantA2, claim.id, '2026-06-13')).payExpenseClaim.status).toBe('PAID');
  });

  it('a director who files a claim cannot approve it: it goes up to the principal', async () => {
    const { claim } = await f.submitClaim(V.director, SCHOOL_A, [{ categoryId: office, amount: '40.00' }]);
    expect(claim).toMatchObject({ requiredLevel: 'PRINCIPAL', nextApprovalLevel: 'PRINCIPAL' });
    ok(await f.reviewClaim(V.accountant, claim.id));
    await expectNoWrites(sub, async () => {
      expectCode(await f.approveClaim(V.director, claim.id), 'FORBIDDEN');
      expectCode(await f.approveClaim(V.director2, claim.id), 'FORBIDDEN');
    });
    expect(ok(await f.approveClaim(V.principal, claim.id)).approveExpenseClaim.status).toBe('APPROVED');
  });

  it('only staff of the school file there', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await f.submitClaimRaw(V.teacher, claimInput([{ categoryId: office, amount: '1.00' }], SCHOOL_B)), 'FORBIDDEN');
      expectCode(await f.submitClaimRaw(V.admin, claimInput([{ categoryId: office, amount: '1.00' }])), 'FORBIDDEN');
      expectCode(await f.submitClaimRaw(V.auditor, claimInput([{ categoryId: office, amount: '1.00' }])), 'FORBIDDEN');
    });
  });
});

describe('rejection', () => {
  it('at review by the accountant, or at the awaited level, with the reason recorded', async () => {
    const { claim: first } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '15.00' }]);
    const atReview = ok(await f.rejectClaim(V.accountant, first.id, 'Invoice is a copy (发票为复印件)')).rejectExpenseClaim;
    expect(atReview.status).toBe('REJECTED');
    expect(atReview.steps.at(-1)).toEqual({
      action: 'REJECTED',
      level: null,
      actorAccountId: V.accountant.accountId,
      comment: 'Invoice is a copy (发票为复印件)',
    });

    const { claim: second } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '16.00' }]);
    await expectNoWrites(sub, async () => expectCode(await f.rejectClaim(V.director, second.id, 'Not yet reviewed'), 'FORBIDDEN'));
    ok(await f.reviewClaim(V.accountant, second.id));
    const committed = (await f.budgetLine(SCHOOL_A, office)).committed;
    const atApproval = ok(await f.rejectClaim(V.director, second.id, 'Not a school expense')).rejectExpenseClaim;
    expect(atApproval.steps.at(-1)).toEqual({
      action: 'REJECTED',
      level: 'DIRECTOR',
      actorAccountId: V.director.accountId,
      comment: 'Not a school expense',
    });
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(committed);
    await expectNoWrites(sub, async () => {
      expectCode(await f.approveClaim(V.director, second.id), 'CONFLICT');
      expectCode(await f.reviewClaim(V.accountant, second.id), 'CONFLICT');
      expectCode(await f.payClaim(V.accountant, second.id, '2026-06-14'), 'CONFLICT');
      expectCode(await f.rejectClaim(V.accountant, second.id, 'again'), 'CONFLICT');
    });
  });
});

describe('an invoice is claimed once in the district', () => {
  it('a second claim of the same invoice, even from another school, is refused on that line and writes nothing', async () => {
    const number = invoice();
    await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '10.00', invoiceNumber: number }]);
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitClaimRaw(V.teacher2, claimInput([{ categoryId: office, amount: '10.00', invoiceNumber: number }])),
        'lines.0.invoiceNumber',
      );
      expectBadInput(
        await f.submitClaimRaw(
          V.teacherB,
          claimInput(
            [
              { categoryId: office, amount: '5.00' },
              { categoryId: office, amount: '10.00', invoiceNumber: number },
            ],
            SCHOOL_B,
          ),
        ),
        'lines.1.invoiceNumber',
      );
      // With spaces around it, it is still the same invoice.
      expectBadInput(
        await f.submitClaimRaw(
          V.accountant2,
          claimInput(
            [
              { categoryId: office, amount: '5.00' },
              { categoryId: office, amount: '5.00' },
              { categoryId: office, amount: '10.00', invoiceNumber: ` ${number} ` },
            ],
            SCHOOL_B,
          ),
        ),
        'lines.2.invoiceNumber',
      );
    });
    expect(await sub.dataSource.getRepository(ClaimedInvoice).countBy({ invoiceNumber: number })).toBe(1);
  });

  it('the same invoice twice in one claim is refused on the second line', async () => {
    const number = invoice();
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitClaimRaw(
          V.teacher,
          claimInput([
            { categoryId: office, amount: '1.00', invoiceNumber: number },
            { categoryId: travel, amount: '2.00', invoiceNumber: `${number} ` },
          ]),
        ),
        'lines.1.invoiceNumber',
      );
    });
    // Then it can still be claimed once.
    await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '1.00', invoiceNumber: number }]);
  });

  it('an invoice number must be 8 to 20 digits', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitClaimRaw(V.teacher, claimInput([{ categoryId: office, amount: '1.00', invoiceNumber: '1234567' }])),
        'lines.0.invoiceNumber',
      );
      expectBadInput(
        await f.submitClaimRaw(
          V.teacher,
          claimInput([
            { categoryId: office, amount: '1.00' },
            { categoryId: office, amount: '1.00', invoiceNumber: 'NO.12345678' },
          ]),
        ),
        'lines.1.invoiceNumber',
      );
    });
  });
});

describe('budget and fund rules at filing', () => {
  it('a BLOCK category over what is left is refused, naming the first line of that category', async () => {
    const left = (await f.budgetLine(SCHOOL_A, travel)).remaining;
    expect(left).toBeGreaterThan(0);
    await expectNoWrites(sub, async () => {
      const r = await f.submitClaimRaw(
        V.teacher,
        claimInput([
          { categoryId: office, amount: '1.00' },
          { categoryId: travel, amount: (left / 100).toFixed(2) },
          { categoryId: travel, amount: '0.01' },
        ]),
      );
      expectBadInput(r, 'lines.1.categoryId');
      expect(r.errors![0].message).toMatch(/over budget/i);
    });
    // No budget line at all leaves nothing.
    const unbudgeted = await f.category('UNBUDGETED');
    await expectNoWrites(sub, async () =>
      expectBadInput(await f.submitClaimRaw(V.teacher, claimInput([{ categoryId: unbudgeted, amount: '0.01' }])), 'lines.0.categoryId'),
    );
  });

  it('a WARN category over budget is accepted with a warning, and the claim goes on', async () => {
    const { claim, warnings } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: utilities, amount: '150.00' }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/100\.00.*150\.00/);
    expect(claim.steps[0].comment).toBe(warnings[0]);
    const paid = await (async () => {
      await f.approveClaimFully(claim);
      return ok(await f.payClaim(V.accountant, claim.id, '2026-06-15')).payExpenseClaim;
    })();
    expect(paid.status).toBe('PAID');
    expect(await f.budgetLine(SCHOOL_A, utilities)).toMatchObject({ allocated: 10000, committed: 0, spent: 15000, remaining: -5000 });
  });

  it('school and canteen categories cannot be mixed in one claim', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitClaimRaw(
          V.teacher,
          claimInput([
            { categoryId: office, amount: '1.00' },
            { categoryId: food, amount: '1.00' },
          ]),
        ),
        'lines.1.categoryId',
      );
      expectBadInput(
        await f.submitClaimRaw(
          V.canteen,
          claimInput([
            { categoryId: food, amount: '1.00' },
            { categoryId: food, amount: '1.00' },
            { categoryId: utilities, amount: '1.00' },
          ]),
        ),
        'lines.2.categoryId',
      );
    });
  });

  it('a zero amount, an unknown category or no lines are refused', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.submitClaimRaw(V.teacher, claimInput([{ categoryId: office, amount: '0.00' }])), 'lines.0.amount');
      expectBadInput(
        await f.submitClaimRaw(
          V.teacher,
          claimInput([
            { categoryId: office, amount: '1.00' },
            { categoryId: '01900000-0000-7000-8000-999999999999', amount: '1.00' },
          ]),
        ),
        'lines.1.categoryId',
      );
      expectBadInput(await f.submitClaimRaw(V.teacher, { schoolId: SCHOOL_A, title: 'Empty', lines: [] }), 'lines');
      expectBadInput(await f.submitClaimRaw(V.teacher, { ...claimInput([{ categoryId: office, amount: '1.00' }]), title: ' ' }), 'title');
    });
  });
});

describe('the budget is committed atomically at the last approval', () => {
  it('two claims that each fit but not together: the second final approval is refused (field id) and writes nothing', async () => {
    const room = await f.category('ROOM');
    await f.budget(SCHOOL_A, room, '100.00');
    const { claim: a } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: room, amount: '60.00' }]);
    const { claim: b } = await f.submitClaim(V.teacher2, SCHOOL_A, [{ categoryId: room, amount: '60.00' }]);
    ok(await f.reviewClaim(V.accountant, a.id));
    ok(await f.reviewClaim(V.accountant, b.id));
    ok(await f.approveClaim(V.director, a.id));
    await expectNoWrites(sub, async () => expectBadInput(await f.approveClaim(V.director, b.id), 'id'));
    expect(await f.budgetLine(SCHOOL_A, room)).toMatchObject({ committed: 6000, spent: 0 });
    // Still waiting for an approval: once the budget is raised it goes through.
    await f.budget(SCHOOL_A, room, '120.00');
    expect(ok(await f.approveClaim(V.director, b.id)).approveExpenseClaim.status).toBe('APPROVED');
    expect(await f.budgetLine(SCHOOL_A, room)).toMatchObject({ committed: 12000, remaining: 0 });
  });
});

it('every claim paid posted exactly one entry', async () => {
  const paid = await sub.dataSource.query(`SELECT id FROM expense_claim WHERE status = 'PAID'`);
  expect(paid.length).toBeGreaterThanOrEqual(5);
  for (const { id } of paid as { id: string }[]) expect(await sub.dataSource.getRepository(JournalEntry).countBy({ sourceId: id })).toBe(1);
});
