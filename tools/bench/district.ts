import { type Connection, createConnection } from 'mysql2/promise';
import { DEFAULT_TIME_ZONE, newId, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOL_ORDER, DEMO_SCHOOLS, type DemoSchoolKey } from '@houqin/demo';
import {
  DEMO_APPROVAL_POLICY,
  DEMO_BUDGET_CATEGORIES,
  demoCreditCode,
  Fund,
  LedgerAccount,
  OverrunPolicy,
  requiredLevelFor,
  SUPPLIER_SPENDING_BACKFILL,
} from '@houqin/finance';

/**
 * The district scenario of `npm run bench`: a district of many schools with a year of finance data,
 * written straight into the bench databases with multi-row INSERTs (the services would take hours
 * to post a million lines one transaction at a time).
 *
 * What is generated, for the current fiscal year from January up to today:
 * - directory: the schools (the active demo schools, then new ones up to the count) in the demo
 *   district, so the demo `admin` and `auditor` see them all and the demo `accountant` sees First
 *   Experimental Primary's books;
 * - finance: the demo district's budget categories and thresholds; suppliers with valid credit codes;
 *   per school and school day a meal-fee entry and six paid food deliveries (canteen account); per
 *   school and month an appropriation and 80 paid purchases and claims (school account); the
 *   purchase requests and expense claims those payments pay (status PAID, header rows); one budget
 *   line per school and category whose `spentFen` is exactly the sum of its cost postings
 *   (`committedFen` 0: nothing is left half-way); the months up to the one before last closed.
 * Not generated, because no report reads them: request and claim lines, workflow steps, audit entries.
 * Every entry balances and BLOCK lines never exceed their allocation; the bench checks both in SQL.
 */

export interface DistrictPlan {
  schools: number;
  /** Food deliveries paid per school day (canteen account). */
  foodPaymentsPerDay: number;
  /** Purchases and claims paid per month (school account). */
  schoolPaymentsPerMonth: number;
  /** School days a month (weekdays from the 1st, never after today). */
  schoolDaysPerMonth: number;
  /** Rows per INSERT. */
  batchRows: number;
}

export const DEFAULT_PLAN: Omit<DistrictPlan, 'schools'> = {
  foodPaymentsPerDay: 6,
  schoolPaymentsPerMonth: 80,
  schoolDaysPerMonth: 20,
  batchRows: 5000,
};

export interface GeneratedSchool {
  id: string;
  name: string;
  studentCount: number;
  /** Demo key for the demo schools, null for generated ones. */
  demo: DemoSchoolKey | null;
}

export interface DistrictData {
  fiscalYear: number;
  /** Months generated, 'YYYY-MM'. */
  periods: string[];
  schools: GeneratedSchool[];
  rows: Record<string, number>;
  statements: number;
  generateMs: number;
  /** Building the supplier totals from the generated lines (the migration's backfill). */
  totalsMs: number;
  analyzeMs: number;
  /** Invariant checks run on the generated data (SQL on the bench database). */
  checks: { name: string; failures: number; ms: number }[];
}

/** Opens a connection to a database URL (`mysql://user:pass@host:port/db`). */
export async function connect(databaseUrl: string): Promise<Connection> {
  const url = new URL(databaseUrl);
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    charset: 'utf8mb4',
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    connectTimeout: 5000,
  });
}

/** A small fast deterministic generator (mulberry32): the same district on every run. */
export function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends INSERTs over several connections, at most one in flight on each, while the caller builds the next. */
export class Pipeline {
  statements = 0;
  private next = 0;
  private readonly chains: Promise<unknown>[];

  constructor(private readonly connections: Connection[]) {
    this.chains = connections.map(() => Promise.resolve());
  }

  async send(sql: string): Promise<void> {
    const i = this.next++ % this.connections.length;
    await this.chains[i];
    this.statements += 1;
    const running = this.connections[i].query(sql);
    running.catch(() => undefined); // awaited (and thrown) by the next send on this connection or by finish()
    this.chains[i] = running;
  }

  async finish(): Promise<void> {
    await Promise.all(this.chains);
  }
}

/** Rows of one table, sent in multi-row INSERTs of `batch` rows. */
export class Table {
  count = 0;
  private rows: string[] = [];

  constructor(
    readonly name: string,
    private readonly columns: string[],
    private readonly pipeline: Pipeline,
    private readonly batch: number,
  ) {}

  push(row: string): void {
    this.rows.push(row);
  }

  async pump(all = false): Promise<void> {
    while (this.rows.length >= this.batch || (all && this.rows.length > 0)) {
      const chunk = this.rows.length > this.batch ? this.rows.splice(0, this.batch) : this.rows.splice(0);
      this.count += chunk.length;
      await this.pipeline.send(
        `INSERT INTO \`${this.name}\` (${this.columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${chunk.join(',\n')}`,
      );
    }
  }
}

export const str = (value: string) => `'${value}'`;
export const ref = (value: string | null) => (value === null ? 'NULL' : `'${value}'`);

/** Weights of the school-account categories among a month's payments (the canteen pays food only). */
const SCHOOL_SPENDING: Record<string, number> = {
  OFFICE_SUPPLIES: 0.2,
  REPAIRS: 0.2,
  UTILITIES: 0.15,
  PRINTING: 0.15,
  TRAINING: 0.1,
  SAFETY_EQUIPMENT: 0.1,
  GREENING: 0.1,
};
const KINDS = ['PRIMARY', 'JUNIOR_MIDDLE', 'NINE_YEAR', 'HIGH'] as const;

/**
 * Generates the district into the (migrated, empty) finance database and adds its schools to the
 * (seeded) directory database. Prints nothing; returns row counts and timings.
 */
export async function generateDistrict(financeUrl: string, directoryUrl: string, plan: DistrictPlan): Promise<DistrictData> {
  const started = Date.now();
  const random = generator(20260101);
  const vary = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const [year, currentMonth] = today.split('-').map(Number);
  const periods = Array.from({ length: currentMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const lastClosed = currentMonth - 2;
  const district = DEMO_DISTRICT.id;

  const finance = [await connect(financeUrl), await connect(financeUrl)];
  const directory = await connect(directoryUrl);
  const all = [...finance, directory];
  try {
    for (const c of all) await c.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    const pipeline = new Pipeline(finance);
    const table = (name: string, columns: string[]) => new Table(name, columns, pipeline, plan.batchRows);

    // --- schools: the active demo schools, then new ones in the demo district
    const schools: GeneratedSchool[] = DEMO_SCHOOL_ORDER.filter((k) => DEMO_SCHOOLS[k].active)
      .slice(0, plan.schools)
      .map((k) => ({ id: DEMO_SCHOOLS[k].id, name: DEMO_SCHOOLS[k].name, studentCount: DEMO_SCHOOLS[k].studentCount, demo: k }));
    const newSchools: string[] = [];
    for (let n = schools.length + 1; n <= plan.schools; n += 1) {
      const school = { id: newId(), name: `Bench School ${n} (测试学校${n})`, studentCount: 300 + Math.floor(random() * 2700), demo: null };
      schools.push(school);
      newSchools.push(
        `(${str(school.id)}, ${str(district)}, ${str(`2133${String(100000 + n)}`)}, ${directory.escape(school.name)}, ${str(KINDS[n % KINDS.length])}, ${str(`${n} Bench Road`)}, ${school.studentCount}, 1, 'Asia/Shanghai')`,
      );
    }
    for (let i = 0; i < newSchools.length; i += plan.batchRows) {
      await directory.query(
        `INSERT INTO \`school\` (\`id\`, \`districtId\`, \`code\`, \`name\`, \`kind\`, \`address\`, \`studentCount\`, \`active\`, \`timeZone\`) VALUES ${newSchools.slice(i, i + plan.batchRows).join(',\n')}`,
      );
    }

    // --- the district's lists: categories, thresholds, suppliers
    const categories = DEMO_BUDGET_CATEGORIES.map((c) => ({ ...c, id: newId() }));
    const categoryByCode = new Map(categories.map((c) => [c.code, c]));
    await finance[0].query(
      `INSERT INTO \`budget_category\` (\`id\`, \`districtId\`, \`code\`, \`name\`, \`fund\`, \`overrunPolicy\`, \`active\`) VALUES ${categories
        .map(
          (c) =>
            `(${str(c.id)}, ${str(district)}, ${str(c.code)}, ${finance[0].escape(c.name)}, ${str(c.fund)}, ${str(c.overrunPolicy)}, 1)`,
        )
        .join(', ')}`,
    );
    const policy = {
      directorLimitFen: Math.round(Number(DEMO_APPROVAL_POLICY.directorLimit) * 100),
      principalLimitFen: Math.round(Number(DEMO_APPROVAL_POLICY.principalLimit) * 100),
    };
    await finance[0].query(
      `INSERT INTO \`approval_policy\` (\`id\`, \`districtId\`, \`directorLimitFen\`, \`principalLimitFen\`) VALUES (${str(newId())}, ${str(district)}, ${policy.directorLimitFen}, ${policy.principalLimitFen})`,
    );
    const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const supplierRows: string[] = [];
    const suppliersFor = new Map<string, string[]>();
    const addSupplier = (key: string, n: number, food: boolean) => {
      const id = newId();
      const org = Array.from({ length: 9 }, (_, i) => (i === 0 ? 'M' : CODE_CHARS[Math.floor(random() * CODE_CHARS.length)])).join('');
      const code = demoCreditCode(`91330${String(100 + supplierRows.length)}${org}`);
      const expires = `${year + 2}-06-30`;
      supplierRows.push(
        `(${str(id)}, ${str(district)}, ${finance[0].escape(`Bench ${key} supplier ${n}`)}, ${str(code)}, ${food ? 1 : 0}, ${food ? str(`JY1330100${String(10000 + supplierRows.length)}`) : 'NULL'}, ${food ? str(expires) : 'NULL'}, 'ACTIVE')`,
      );
      suppliersFor.set(key, [...(suppliersFor.get(key) ?? []), id]);
    };
    for (let n = 1; n <= 20; n += 1) addSupplier('CANTEEN', n, true);
    for (const code of Object.keys(SCHOOL_SPENDING)) for (let n = 1; n <= 5; n += 1) addSupplier(code, n, false);
    await finance[0].query(
      `INSERT INTO \`supplier\` (\`id\`, \`districtId\`, \`name\`, \`creditCode\`, \`foodSupplier\`, \`foodLicenceNumber\`, \`foodLicenceExpiresOn\`, \`status\`) VALUES ${supplierRows.join(', ')}`,
    );

    // --- the year's books
    const entries = table('journal_entry', [
      'id',
      'districtId',
      'schoolId',
      'fund',
      'entryDate',
      'period',
      'memo',
      'sourceType',
      'sourceId',
      'reversesEntryId',
      'postedByAccountId',
      'postedAt',
    ]);
    const lines = table('journal_line', [
      'id',
      'entryId',
      'districtId',
      'schoolId',
      'fund',
      'period',
      'account',
      'categoryId',
      'supplierId',
      'debitFen',
      'creditFen',
    ]);
    const requests = table('purchase_request', [
      'id',
      'districtId',
      'schoolId',
      'requesterAccountId',
      'requesterStaffId',
      'fiscalYear',
      'requiredLevel',
      'nextApprovalLevel',
      'committedFen',
      'version',
      'createdAt',
      'updatedAt',
      'categoryId',
      'reason',
      'status',
      'estimatedTotalFen',
      'supplierId',
      'orderedTotalFen',
    ]);
    const claims = table('expense_claim', [
      'id',
      'districtId',
      'schoolId',
      'requesterAccountId',
      'requesterStaffId',
      'fiscalYear',
      'requiredLevel',
      'nextApprovalLevel',
      'committedFen',
      'version',
      'createdAt',
      'updatedAt',
      'title',
      'fund',
      'status',
      'totalFen',
    ]);
    const budget = table('budget_line', [
      'id',
      'districtId',
      'schoolId',
      'fiscalYear',
      'categoryId',
      'allocatedFen',
      'committedFen',
      'spentFen',
    ]);
    const closed = table('closed_period', ['id', 'districtId', 'schoolId', 'fund', 'period', 'closedAt', 'closedByAccountId']);

    const schoolDays = periods.map((period) => {
      const days: string[] = [];
      for (let d = 1; d <= 31 && days.length < plan.schoolDaysPerMonth; d += 1) {
        const date = new Date(`${period}-01T00:00:00Z`);
        date.setUTCDate(d);
        const iso = date.toISOString().slice(0, 10);
        if (iso.slice(0, 7) !== period || iso > today) break;
        if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(iso);
      }
      return days;
    });

    for (const school of schools) {
      const accountant = DEMO_ACCOUNTS.find((a) => a.role === 'ACCOUNTANT' && a.school === school.demo)?.id ?? newId();
      const canteenManager = DEMO_ACCOUNTS.find((a) => a.role === 'CANTEEN_MANAGER' && a.school === school.demo)?.id ?? newId();
      const teacher = DEMO_ACCOUNTS.find((a) => a.role === 'STAFF' && a.school === school.demo)?.id ?? newId();
      const s = school.id;
      const students = school.studentCount;
      const allocated = new Map<string, number>();
      for (const c of categories) {
        allocated.set(
          c.code,
          c.code === 'CANTEEN'
            ? Math.round(students * 0.6 * 1000 * 12 * plan.schoolDaysPerMonth * 0.92)
            : students * c.perStudentYuan * 100,
        );
      }
      const spent = new Map<string, number>(categories.map((c) => [c.code, 0]));
      const schoolAllocation = categories.filter((c) => c.fund === Fund.SCHOOL).reduce((sum, c) => sum + allocated.get(c.code)!, 0);

      const entry = (
        fund: Fund,
        date: string,
        memo: string,
        sourceType: string,
        sourceId: string | null,
        posting: [LedgerAccount, string | null, string | null, number, number][],
      ) => {
        const id = newId();
        const period = date.slice(0, 7);
        entries.push(
          `(${str(id)}, ${str(district)}, ${str(s)}, ${str(fund)}, ${str(date)}, ${str(period)}, ${str(memo)}, ${str(sourceType)}, ${ref(sourceId)}, NULL, ${str(accountant)}, ${str(`${date} 02:30:00.000`)})`,
        );
        for (const [account, categoryId, supplierId, debit, credit] of posting) {
          lines.push(
            `(${str(newId())}, ${str(id)}, ${str(district)}, ${str(s)}, ${str(fund)}, ${str(period)}, ${str(account)}, ${ref(categoryId)}, ${ref(supplierId)}, ${debit}, ${credit})`,
          );
        }
      };
      /** A paid purchase request: its header row and its payment entry (cost / bank, both naming the supplier). */
      const paidPurchase = (code: string, date: string, amount: number, requester: string, reason: string) => {
        const category = categoryByCode.get(code)!;
        const candidates = suppliersFor.get(code)!;
        const supplierId = candidates[Math.floor(random() * candidates.length)];
        const id = newId();
        const filed = `${date} 01:00:00.000000`;
        requests.push(
          `(${str(id)}, ${str(district)}, ${str(s)}, ${str(requester)}, NULL, ${year}, ${str(requiredLevelFor(amount, policy))}, NULL, 0, 5, ${str(filed)}, ${str(`${date} 02:30:00.000000`)}, ${str(category.id)}, ${str(reason)}, 'PAID', ${amount}, ${str(supplierId)}, ${amount})`,
        );
        const cost = category.fund === Fund.CANTEEN ? LedgerAccount.FOOD_COST : LedgerAccount.EXPENSE;
        entry(category.fund, date, `Payment for purchase request ${id}: ${reason}`, 'PURCHASE_REQUEST', id, [
          [cost, category.id, supplierId, amount, 0],
          [LedgerAccount.BANK, null, supplierId, 0, amount],
        ]);
        spent.set(code, spent.get(code)! + amount);
      };
      /** A paid expense claim of one to two invoices: header row and payment entry. */
      const paidClaim = (code: string, date: string, amount: number, title: string) => {
        const category = categoryByCode.get(code)!;
        const id = newId();
        const parts = random() < 0.5 ? [amount] : [Math.floor(amount / 2), amount - Math.floor(amount / 2)];
        claims.push(
          `(${str(id)}, ${str(district)}, ${str(s)}, ${str(teacher)}, NULL, ${year}, ${str(requiredLevelFor(amount, policy))}, NULL, 0, 5, ${str(`${date} 01:00:00.000000`)}, ${str(`${date} 02:30:00.000000`)}, ${str(title)}, ${str(category.fund)}, 'PAID', ${amount})`,
        );
        entry(category.fund, date, `Expense claim ${id}: ${title}`, 'EXPENSE_CLAIM', id, [
          ...parts.map((p): [LedgerAccount, string, null, number, number] => [LedgerAccount.EXPENSE, category.id, null, p, 0]),
          [LedgerAccount.BANK, null, null, 0, amount],
        ]);
        spent.set(code, spent.get(code)! + amount);
      };

      const perDayFees = students * 0.6 * 1000; // 60% eat at school, 10 yuan a day
      const codes = Object.keys(SCHOOL_SPENDING);
      for (const [m, period] of periods.entries()) {
        const days = schoolDays[m];
        if (!days.length) continue;
        const appropriation = Math.round((schoolAllocation / 12) * 1.05);
        entry(Fund.SCHOOL, days[Math.min(3, days.length - 1)], `Public funds for ${period} from the district`, 'MANUAL', null, [
          [LedgerAccount.BANK, null, null, appropriation, 0],
          [LedgerAccount.APPROPRIATION_INCOME, null, null, 0, appropriation],
        ]);
        for (const date of days) {
          const fees = Math.round((perDayFees * vary(0.05)) / 100) * 100;
          entry(Fund.CANTEEN, date, `Meal fees ${date}`, 'MANUAL', null, [
            [LedgerAccount.BANK, null, null, fees, 0],
            [LedgerAccount.MEAL_FEE_INCOME, null, null, 0, fees],
          ]);
          for (let k = 0; k < plan.foodPaymentsPerDay; k += 1) {
            paidPurchase(
              'CANTEEN',
              date,
              Math.round(((fees * 0.9) / plan.foodPaymentsPerDay) * vary(0.3)),
              canteenManager,
              `Food delivery ${date}`,
            );
          }
        }
        for (let k = 0; k < plan.schoolPaymentsPerMonth; k += 1) {
          let pick = random();
          const code = codes.find((c) => (pick -= SCHOOL_SPENDING[c]) < 0) ?? codes[codes.length - 1];
          const amount = Math.max(
            100,
            Math.round(((allocated.get(code)! * 0.85) / 12 / (plan.schoolPaymentsPerMonth * SCHOOL_SPENDING[code])) * (0.5 + random())),
          );
          const date = days[k % days.length];
          if (code === 'UTILITIES' || random() < 0.3) paidClaim(code, date, amount, `${code.toLowerCase().replace(/_/g, ' ')} ${period}`);
          else paidPurchase(code, date, amount, teacher, `${code.toLowerCase().replace(/_/g, ' ')} ${period}`);
        }
        if (m + 1 <= lastClosed) {
          for (const fund of [Fund.SCHOOL, Fund.CANTEEN])
            closed.push(
              `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(fund)}, ${str(period)}, ${str(`${year}-${String(m + 2).padStart(2, '0')}-03 02:00:00.000`)}, ${str(accountant)})`,
            );
        }
      }
      for (const c of categories) {
        // Nothing is committed (every request and claim is paid); a BLOCK line never runs over.
        const spentFen = spent.get(c.code)!;
        const allocatedFen = c.overrunPolicy === OverrunPolicy.BLOCK ? Math.max(allocated.get(c.code)!, spentFen) : allocated.get(c.code)!;
        budget.push(`(${str(newId())}, ${str(district)}, ${str(s)}, ${year}, ${str(c.id)}, ${allocatedFen}, 0, ${spentFen})`);
      }
      for (const t of [lines, entries, requests, claims, budget, closed]) await t.pump();
    }
    for (const t of [lines, entries, requests, claims, budget, closed]) await t.pump(true);
    await pipeline.finish();
    const generateMs = Date.now() - started;

    // The supplier totals the service keeps at posting time, built from the lines as its migration builds them.
    const totalled = Date.now();
    for (const statement of SUPPLIER_SPENDING_BACKFILL) await finance[0].query(statement);
    const totalsMs = Date.now() - totalled;
    const [[schoolTotals], [districtTotals]] = await Promise.all(
      ['supplier_spending', 'district_supplier_spending'].map((t) => finance[0].query(`SELECT COUNT(*) AS n FROM \`${t}\``)),
    );

    // Fresh statistics for the optimizer, as InnoDB would gather them after a bulk load anyway.
    const analyzed = Date.now();
    await finance[0].query(
      'ANALYZE TABLE `journal_line`, `journal_entry`, `budget_line`, `purchase_request`, `expense_claim`, `supplier_spending`, `district_supplier_spending`',
    );
    await directory.query('ANALYZE TABLE `school`');
    const analyzeMs = Date.now() - analyzed;

    // The invariants, checked in SQL over everything in the finance database.
    const check = async (name: string, sql: string) => {
      const t = Date.now();
      const [rows] = await finance[0].query(sql);
      return { name, failures: Number((rows as { n: string }[])[0].n), ms: Date.now() - t };
    };
    // Compared in code: as one SQL join MariaDB evaluates the aggregate per budget line (a LATERAL DERIVED plan) and takes 20 s.
    const spentCheck = async () => {
      const t = Date.now();
      const [postings] = await finance[0].query(`SELECT schoolId, categoryId, SUM(debitFen) - SUM(creditFen) AS net FROM journal_line
        WHERE account IN ('EXPENSE', 'FOOD_COST') AND period BETWEEN '${year}-01' AND '${year}-12' GROUP BY schoolId, categoryId`);
      const [lines] = await finance[0].query(`SELECT schoolId, categoryId, spentFen FROM budget_line WHERE fiscalYear = ${year}`);
      const net = new Map(
        (postings as { schoolId: string; categoryId: string; net: string }[]).map((r) => [`${r.schoolId}/${r.categoryId}`, Number(r.net)]),
      );
      const budgetKeys = new Set<string>();
      let failures = 0;
      for (const b of lines as { schoolId: string; categoryId: string; spentFen: string }[]) {
        const key = `${b.schoolId}/${b.categoryId}`;
        budgetKeys.add(key);
        if (Number(b.spentFen) !== (net.get(key) ?? 0)) failures += 1;
      }
      failures += [...net.keys()].filter((key) => !budgetKeys.has(key)).length;
      return {
        name: 'budget lines whose spent differs from their cost postings (or postings without a line)',
        failures,
        ms: Date.now() - t,
      };
    };
    // The supplier totals against the bank lines naming a supplier, per school, supplier and month, and the district's against the schools'.
    const supplierCheck = async () => {
      const t = Date.now();
      const [fromLines] = await finance[0].query(`SELECT schoolId, supplierId, period, SUM(creditFen) - SUM(debitFen) AS paid,
        SUM(CASE WHEN creditFen > 0 THEN 1 ELSE 0 END) AS payments FROM journal_line WHERE account = 'BANK' AND supplierId IS NOT NULL
        GROUP BY schoolId, supplierId, period`);
      const [kept] = await finance[0].query('SELECT schoolId, supplierId, period, paidFen AS paid, payments FROM supplier_spending');
      const [district] = await finance[0].query(`SELECT d.supplierId, d.period FROM district_supplier_spending d
        LEFT JOIN (SELECT districtId, supplierId, period, SUM(paidFen) AS paid, SUM(payments) AS payments FROM supplier_spending
          GROUP BY districtId, supplierId, period) s ON s.districtId = d.districtId AND s.supplierId = d.supplierId AND s.period = d.period
        WHERE s.paid IS NULL OR s.paid <> d.paidFen OR s.payments <> d.payments`);
      type Row = { schoolId: string; supplierId: string; period: string; paid: string; payments: string };
      const text = (rows: unknown) =>
        new Set((rows as Row[]).map((r) => `${r.schoolId}/${r.supplierId}/${r.period}/${Number(r.paid)}/${Number(r.payments)}`));
      const [a, b] = [text(fromLines), text(kept)];
      const failures = [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length + (district as unknown[]).length;
      return { name: 'supplier totals that differ from the bank lines naming the supplier', failures, ms: Date.now() - t };
    };
    const checks = [
      await check(
        'entries whose debits differ from their credits',
        'SELECT COUNT(*) AS n FROM (SELECT entryId FROM journal_line GROUP BY entryId HAVING SUM(debitFen) <> SUM(creditFen)) x',
      ),
      await check(
        'entries without lines',
        'SELECT COUNT(*) AS n FROM journal_entry e WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.entryId = e.id)',
      ),
      await spentCheck(),
      await check(
        'BLOCK budget lines over their allocation',
        `SELECT COUNT(*) AS n FROM budget_line b JOIN budget_category c ON c.id = b.categoryId WHERE c.overrunPolicy = 'BLOCK' AND b.committedFen + b.spentFen > b.allocatedFen`,
      ),
      await check(
        'entries posted into a closed month',
        `SELECT COUNT(*) AS n FROM closed_period p JOIN journal_entry e ON e.schoolId = p.schoolId AND e.fund = p.fund AND e.period = p.period WHERE e.postedAt > p.closedAt`,
      ),
      await supplierCheck(),
      await check(
        'payments without their paid request or claim',
        `SELECT COUNT(*) AS n FROM journal_entry e LEFT JOIN purchase_request r ON r.id = e.sourceId LEFT JOIN expense_claim c ON c.id = e.sourceId
         WHERE e.sourceType IN ('PURCHASE_REQUEST', 'EXPENSE_CLAIM') AND COALESCE(r.status, c.status, '') <> 'PAID'`,
      ),
    ];
    return {
      fiscalYear: year,
      periods,
      schools,
      rows: {
        'directory.school (added)': newSchools.length,
        ...Object.fromEntries([entries, lines, requests, claims, budget, closed].map((t) => [t.name, t.count])),
        supplier: supplierRows.length,
        budget_category: categories.length,
        supplier_spending: Number((schoolTotals as { n: string }[])[0].n),
        district_supplier_spending: Number((districtTotals as { n: string }[])[0].n),
      },
      statements: pipeline.statements,
      generateMs,
      totalsMs,
      analyzeMs,
      checks,
    };
  } finally {
    await Promise.allSettled(all.map((c) => c.end()));
  }
}

// ---------------------------------------------------------------------------------------------
// Timing queries through the gateway, and the SQL each one costs

export interface TimedQuery {
  label: string;
  /** Who asks (a demo account). */
  as: string;
  latenciesMs: number[];
  requestIds: string[];
  /** Problems found (errors, wrong answers); empty when every response was right. */
  problems: string[];
  /** Why the run stopped before `n` requests, if it did. */
  stoppedEarly: string | null;
}

/** As much of a report's answer as the probes check; any field may be missing from a wrong answer. */
export interface ReportData {
  districtBudgetComparison?: {
    nodes: { school?: { name?: string; studentCount?: number | null; spentPerStudent?: unknown } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  canteenStatement?: Record<
    'openingBalance' | 'mealFeeIncome' | 'otherIncome' | 'foodCost' | 'otherExpense' | 'closingBalance',
    { fen: number }
  >;
  budgetExecution?: unknown[];
  topSuppliers?: { supplier?: { name?: string } | null }[];
}

export interface QueryProbe {
  label: string;
  as: string;
  url: string;
  headers: Record<string, string>;
  query: string;
  variables?: Record<string, unknown>;
  /** Returns a problem with the data, or null when it is right. */
  check(data: ReportData | undefined): string | null;
}

/**
 * Sends the probe `n` times one after the other (no concurrency: each latency is one request's
 * own), each with its own x-request-id so the subgraphs' request-log lines can be found; stops
 * early after `maxSeconds`. A few unmeasured requests first warm the caches and JIT.
 */
export async function timeQuery(probe: QueryProbe, n: number, maxSeconds: number, idPrefix: string, warmup = 3): Promise<TimedQuery> {
  const result: TimedQuery = { label: probe.label, as: probe.as, latenciesMs: [], requestIds: [], problems: [], stoppedEarly: null };
  const send = async (requestId: string) => {
    const response = await fetch(probe.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...probe.headers },
      body: JSON.stringify({ query: probe.query, variables: probe.variables ?? {} }),
    });
    const body = (await response.json()) as { data?: ReportData; errors?: { message: string; extensions?: { code?: string } }[] };
    if (response.status !== 200 || body.errors?.length)
      return `HTTP ${response.status}: ${JSON.stringify(body.errors ?? null).slice(0, 300)}`;
    return probe.check(body.data);
  };
  for (let i = 0; i < warmup; i += 1) {
    const problem = await send(`${idPrefix}warmup-${i}`);
    if (problem) result.problems.push(`warm-up: ${problem}`);
  }
  const deadline = Date.now() + maxSeconds * 1000;
  for (let i = 0; i < n; i += 1) {
    if (Date.now() > deadline) {
      result.stoppedEarly = `stopped after ${maxSeconds} s`;
      break;
    }
    const requestId = `${idPrefix}${i}`;
    const t = performance.now();
    const problem = await send(requestId);
    result.latenciesMs.push(performance.now() - t);
    result.requestIds.push(requestId);
    if (problem && result.problems.length < 5) result.problems.push(problem);
  }
  return result;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** What one gateway request cost in one subgraph: its fetches (request-log lines), SQL statements and time. */
export interface SubgraphCost {
  fetches: number;
  statements: number;
  ms: number;
  operations: string[];
}

export function costOf(lines: { operationName?: string | null; sqlStatements?: number; ms?: number }[]): SubgraphCost {
  return {
    fetches: lines.length,
    statements: lines.reduce((sum, l) => sum + (l.sqlStatements ?? 0), 0),
    ms: lines.reduce((sum, l) => sum + (l.ms ?? 0), 0),
    operations: lines.map((l) => `${l.operationName ?? '?'}:${l.sqlStatements ?? '?'}`),
  };
}
