import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, formatYuan, type Logger, todayIn } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import {
  DEMO_ACCOUNT_POSTS,
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  type DemoSchoolKey,
  demoStaffNumber,
  type DemoStaffPost,
  demoAccountId,
  demoAccountStaffId,
  demoStaffIdFor,
  DEMO_SUPPLIER_IDS,
} from '@houqin/demo';
import { ApprovalLevel } from '../approval/approval.entity';
import { applyDemoDirectory } from '../directory-copy/demo-directory';
import { BudgetCategory, OverrunPolicy } from '../budget/budget.entity';
import { ClaimStatus, ExpenseClaim } from '../claim/claim.entity';
import { Fund, JournalEntry, JournalLine, LedgerAccount } from '../ledger/ledger.entity';
import { PurchaseRequest, PurchaseRequestLine, PurchaseStatus } from '../purchase/purchase.entity';
import { Supplier, SupplierStatus } from '../supplier/supplier.entity';
import { creditCodeCheckChar, isValidCreditCode } from '../supplier/supplier.rules';
import type { FinanceContext } from '../context';
// A cycle (subgraph.ts imports this seed), resolved at call time: the seed runs long after both modules loaded.
import { createFinanceSubgraph } from '../subgraph';

/**
 * The demo district's finance data: two fiscal years (the previous one whole, the current one up to
 * today) for every active demo school, so the reports show something real on first start.
 *
 * Everything goes through the real services (BudgetService, LedgerService, SupplierService,
 * PurchaseService, ClaimService, built by the subgraph's own createContext) as the people of each
 * school would use them, so the invariants
 * hold exactly as they would for real use: balanced entries, budget lines whose committed and spent
 * amounts follow from the approvals and payments, recorded workflow steps and audit entries. The
 * workflow steps and audit entries carry the time of seeding; the accounting dates (`entryDate`,
 * `paidOn`) fill the months.
 *
 * The whole seed is one database transaction (the services' own transactions run inside it): on the embedded database the file is written once instead of after every step, and a seed
 * that fails leaves nothing behind, so "the demo categories exist" is a complete idempotency check.
 */

// ---------------------------------------------------------------------------------------------
// The district's lists

export interface DemoCategory {
  code: string;
  name: string;
  fund: Fund;
  overrunPolicy: OverrunPolicy;
  /** Yearly allocation per enrolled student (yuan); the canteen's follows from its meals instead. */
  perStudentYuan: number;
}

/** Budget categories (预算科目) of the demo district: a mix of BLOCK and WARN. */
export const DEMO_BUDGET_CATEGORIES: readonly DemoCategory[] = [
  {
    code: 'OFFICE_SUPPLIES',
    name: 'Office supplies (办公用品)',
    fund: Fund.SCHOOL,
    overrunPolicy: OverrunPolicy.BLOCK,
    perStudentYuan: 45,
  },
  { code: 'REPAIRS', name: 'Repairs (维修)', fund: Fund.SCHOOL, overrunPolicy: OverrunPolicy.WARN, perStudentYuan: 70 },
  { code: 'UTILITIES', name: 'Water and electricity (水电费)', fund: Fund.SCHOOL, overrunPolicy: OverrunPolicy.WARN, perStudentYuan: 110 },
  { code: 'CANTEEN', name: 'Canteen food (食堂)', fund: Fund.CANTEEN, overrunPolicy: OverrunPolicy.WARN, perStudentYuan: 0 },
  { code: 'TRAINING', name: 'Staff training (培训)', fund: Fund.SCHOOL, overrunPolicy: OverrunPolicy.BLOCK, perStudentYuan: 20 },
  {
    code: 'SAFETY_EQUIPMENT',
    name: 'Safety equipment (安全设备)',
    fund: Fund.SCHOOL,
    overrunPolicy: OverrunPolicy.WARN,
    perStudentYuan: 18,
  },
  { code: 'GREENING', name: 'Greening (绿化)', fund: Fund.SCHOOL, overrunPolicy: OverrunPolicy.BLOCK, perStudentYuan: 15 },
  { code: 'PRINTING', name: 'Printing (印刷)', fund: Fund.SCHOOL, overrunPolicy: OverrunPolicy.BLOCK, perStudentYuan: 25 },
];

/** The district's approval thresholds: the director up to 5,000 yuan, the principal up to 100,000, above that the district. */
export const DEMO_APPROVAL_POLICY = { directorLimit: '5000.00', principalLimit: '100000.00' };

type SupplierKey = 'office' | 'repairs' | 'fire' | 'garden' | 'printer' | 'produce' | 'grain' | 'meat' | 'dairy';

/**
 * Suppliers (供应商). `food.days`: days from today the food licence runs. The meat supplier is
 * suspended three months before today (after a failed inspection); the dairy's licence expired
 * 40 days ago, so neither can be ordered from now.
 */
const SUPPLIERS: Record<
  SupplierKey,
  { name: string; body: string; contact: string; phone: string; bank: string; food?: { number: string; days: number } }
> = {
  office: {
    name: 'Hangzhou Wenhua Office Supplies Co., Ltd. (杭州文华办公用品有限公司)',
    body: '91330102MA27XK5P1',
    contact: 'Qian Lei (钱磊)',
    phone: '0571-86001234',
    bank: 'ICBC Hangzhou Wulin sub-branch 1202 0210 0990 0123 456',
  },
  repairs: {
    name: 'Chengjian Building Maintenance Co., Ltd. (城建维修工程有限公司)',
    body: '91330104MA2CJ8W3R',
    contact: 'Feng Jun (冯军)',
    phone: '0571-86002345',
    bank: 'Bank of China Hangzhou branch 3672 5801 2345',
  },
  fire: {
    name: 'Andun Fire Equipment Co., Ltd. (安盾消防设备有限公司)',
    body: '91330106MA28AD1F6',
    contact: 'Shen Tao (沈涛)',
    phone: '0571-86003456',
    bank: 'China Construction Bank Hangzhou 3305 0161 7400 0000 1234',
  },
  garden: {
    name: 'Lvyuan Landscaping Co., Ltd. (绿源园林绿化有限公司)',
    body: '91330108MA2H7LY2K',
    contact: 'Lin Xia (林霞)',
    phone: '0571-86004567',
    bank: 'Agricultural Bank of China Hangzhou 1903 1101 0400 5678',
  },
  printer: {
    name: 'Xinhua Printing Co., Ltd. (新华印务有限公司)',
    body: '91330102MA2B9XH5T',
    contact: 'Yu Ping (俞平)',
    phone: '0571-86005678',
    bank: 'Hangzhou Bank Wenhui sub-branch 3301 0401 6000 1234 5',
  },
  produce: {
    name: 'Lvye Fresh Produce Distribution Co., Ltd. (绿野生鲜配送有限公司)',
    body: '91330110MA2J5LY7Q',
    contact: 'Tang Wei (唐伟)',
    phone: '0571-86006789',
    bank: 'ICBC Hangzhou Yuhang sub-branch 1202 0260 0990 0456 789',
    food: { number: 'JY13301100045678', days: 540 },
  },
  grain: {
    name: 'Fengshou Grain and Oil Co., Ltd. (丰收粮油有限公司)',
    body: '91330109MA2F3NY8N',
    contact: 'Xu Gang (徐刚)',
    phone: '0571-86007890',
    bank: 'Agricultural Bank of China Xiaoshan 1908 0101 0400 9876',
    food: { number: 'JY13301090023456', days: 400 },
  },
  meat: {
    name: 'Xianda Meat Products Co., Ltd. (鲜达肉类食品有限公司)',
    body: '91330105MA2D6XD4W',
    contact: 'Hu Bin (胡斌)',
    phone: '0571-86008901',
    bank: 'Bank of Communications Hangzhou 3310 6600 0018 0001 2345',
    food: { number: 'JY13301050034567', days: 300 },
  },
  dairy: {
    name: 'Chenguang Dairy Co., Ltd. (晨光乳业有限公司)',
    body: '91330183MA2K1CG9D',
    contact: 'Pan Li (潘丽)',
    phone: '0571-86009012',
    bank: 'China Merchants Bank Hangzhou 5719 0123 4510 888',
    food: { number: 'JY13301830056789', days: -40 },
  },
};

/** Meals per school kind: the share of students who eat at school and what a school day's meals cost. */
const CANTEEN_PROFILE: Record<string, { share: number; perDayFen: number }> = {
  PRIMARY: { share: 0.55, perDayFen: 800 },
  JUNIOR_MIDDLE: { share: 0.7, perDayFen: 1000 },
  NINE_YEAR: { share: 0.6, perDayFen: 900 },
  HIGH: { share: 0.8, perDayFen: 1800 },
};
/** School days per month (winter holiday in Jan/Feb, summer holiday in Jul/Aug). */
const SCHOOL_DAYS = [15, 8, 22, 20, 19, 20, 0, 0, 21, 16, 21, 22];
/** Water and electricity by month: heating and air conditioning up, holidays down. */
const UTILITY_SEASON = [1.3, 0.8, 1.0, 0.9, 0.9, 1.15, 0.6, 0.6, 1.15, 0.9, 1.0, 1.3];
/** Categories bought through the year, two a month per school. */
const ROTATION = ['OFFICE_SUPPLIES', 'REPAIRS', 'PRINTING', 'SAFETY_EQUIPMENT', 'TRAINING', 'GREENING'] as const;

// ---------------------------------------------------------------------------------------------
// Helpers

/** A deterministic number in [0, 1) for a key: the same demo data on every machine. */
function rand(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 2 ** 32;
}
/** 1 ± spread, deterministic per key. */
const vary = (key: string, spread: number) => 1 + (rand(key) * 2 - 1) * spread;
const yuan = (fen: number) => formatYuan(Math.round(fen));

/** A valid unified social credit code: the 17 given characters and their check character (supplier.rules.ts). */
export function demoCreditCode(body: string): string {
  const code = body + creditCodeCheckChar(body);
  if (!isValidCreditCode(code)) throw new Error(`${body} cannot start a valid credit code`);
  return code;
}

interface Month {
  year: number;
  /** 1–12 */
  month: number;
  period: string;
  /** Index from the first seeded month. */
  index: number;
}

/** 'YYYY-MM-DD' plus days (calendar arithmetic in UTC, no time zone involved). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Actor = 'principal' | 'director' | 'accountant' | 'storekeeper' | 'canteen' | 'electrician' | 'gardener' | 'safety' | 'teacher';

const ACTORS: Record<Actor, { post: DemoStaffPost; role: Role }> = {
  principal: { post: 'PRINCIPAL', role: Role.PRINCIPAL },
  director: { post: 'GENERAL_AFFAIRS_DIRECTOR', role: Role.GENERAL_AFFAIRS_DIRECTOR },
  accountant: { post: 'ACCOUNTANT', role: Role.ACCOUNTANT },
  storekeeper: { post: 'STOREKEEPER', role: Role.STOREKEEPER },
  canteen: { post: 'CANTEEN_MANAGER', role: Role.CANTEEN_MANAGER },
  electrician: { post: 'ELECTRICIAN', role: Role.MAINTENANCE },
  gardener: { post: 'GARDENER', role: Role.STAFF },
  safety: { post: 'SAFETY_OFFICER', role: Role.SAFETY_OFFICER },
  teacher: { post: 'TEACHER', role: Role.STAFF },
};

/**
 * The viewer of a school's staff member: the real demo account where one exists (so the demo users
 * see their own requests), else a fixed synthetic account numbered like the staff
 * (`demoAccountId(demoStaffNumber(school, post))`) holding the post's role at the school.
 */
function staffViewer(school: DemoSchoolKey, actor: Actor): Viewer {
  const { post, role } = ACTORS[actor];
  const schoolId = DEMO_SCHOOLS[school].id;
  const account = DEMO_ACCOUNTS.find((a) => a.school === school && a.role === role && DEMO_ACCOUNT_POSTS[a.role] === post);
  if (account) {
    return new Viewer({
      accountId: account.id,
      username: account.username,
      staffId: demoAccountStaffId(account),
      districtId: DEMO_DISTRICT.id,
      grants: [{ role, schoolId }],
    });
  }
  const n = demoStaffNumber(school, post);
  return new Viewer({
    accountId: demoAccountId(n),
    username: `demo-${n}`,
    staffId: demoStaffIdFor(school, post),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role, schoolId }],
  });
}

function districtViewer(username: 'admin'): Viewer {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return new Viewer({
    accountId: account.id,
    username,
    staffId: null,
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: account.role as Role, schoolId: null }],
  });
}

/** A DataSource whose managers and transactions are those of one open transaction. */
function withinTransaction(dataSource: DataSource, manager: EntityManager): DataSource {
  return new Proxy(dataSource, {
    get(target, property) {
      if (property === 'manager') return manager;
      // No savepoint per step: a failing step fails the whole seed, which then leaves nothing behind.
      if (property === 'transaction') return (run: (m: EntityManager) => Promise<unknown>) => run(manager);
      if (property === 'getRepository') return (entity: Parameters<EntityManager['getRepository']>[0]) => manager.getRepository(entity);
      if (property === 'createQueryBuilder')
        return (...args: unknown[]) => (manager.createQueryBuilder as (...a: unknown[]) => unknown)(...args);
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What one person works with: the finance services of a request made by them. */
type Desk = FinanceContext;

interface ItemLine {
  description: string;
  unit: string;
  /** Estimated price of one unit (fen). */
  unitFen: number;
  /** Share of the item's amount. */
  share: number;
}

/** Where a seeded purchase request stops. */
type PurchaseStop =
  | 'PENDING_DIRECTOR'
  | 'PENDING_PRINCIPAL'
  | 'PENDING_DISTRICT'
  | 'APPROVED'
  | 'ORDERED'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'PAID'
  | 'REJECTED'
  | 'PENDING_REAPPROVAL'
  | 'PAYMENT_REVERSED';
/** Where a seeded expense claim stops. */
type ClaimStop =
  | 'SUBMITTED'
  | 'REVIEWED_DIRECTOR'
  | 'REVIEWED_PRINCIPAL'
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED_AT_REVIEW'
  | 'REJECTED_AT_APPROVAL'
  | 'PAYMENT_REVERSED';

/** What the items of each rotating category are. */
const ITEMS: Record<
  (typeof ROTATION)[number],
  { kind: 'purchase' | 'claim'; requester: Actor; supplier?: SupplierKey; reason: string; lines: ItemLine[] }
> = {
  OFFICE_SUPPLIES: {
    kind: 'purchase',
    requester: 'teacher',
    supplier: 'office',
    reason: 'Paper, toner and stationery for the teaching offices (办公用品)',
    lines: [
      { description: 'A4 copy paper, 70 g, 5 reams a box', unit: 'box', unitFen: 16_500, share: 0.5 },
      { description: 'Toner cartridges for the office printers', unit: 'piece', unitFen: 38_000, share: 0.3 },
      { description: 'Whiteboard markers and gel pens', unit: 'box', unitFen: 4_800, share: 0.2 },
    ],
  },
  REPAIRS: {
    kind: 'purchase',
    requester: 'electrician',
    supplier: 'repairs',
    reason: 'Repairs to classrooms and toilets (维修)',
    lines: [
      { description: 'Replace LED ceiling panels in classrooms, parts and labour', unit: 'piece', unitFen: 26_000, share: 0.55 },
      { description: 'Repair toilet cisterns and taps, parts and labour', unit: 'set', unitFen: 18_000, share: 0.45 },
    ],
  },
  PRINTING: {
    kind: 'claim',
    requester: 'teacher',
    reason: 'Printing of exam papers and homework sheets (印刷)',
    lines: [{ description: 'Print shop invoice', unit: '', unitFen: 0, share: 1 }],
  },
  SAFETY_EQUIPMENT: {
    kind: 'purchase',
    requester: 'safety',
    supplier: 'fire',
    reason: 'Fire extinguishers, emergency lights and first-aid kits (安全设备)',
    lines: [
      { description: 'ABC dry-powder fire extinguisher, 4 kg', unit: 'piece', unitFen: 9_500, share: 0.5 },
      { description: 'LED emergency exit light', unit: 'piece', unitFen: 12_000, share: 0.3 },
      { description: 'First-aid kit for a classroom floor', unit: 'piece', unitFen: 16_000, share: 0.2 },
    ],
  },
  TRAINING: {
    kind: 'claim',
    requester: 'teacher',
    reason: 'Training course fee and travel (培训)',
    lines: [{ description: 'Course fee and train tickets', unit: '', unitFen: 0, share: 1 }],
  },
  GREENING: {
    kind: 'purchase',
    requester: 'gardener',
    supplier: 'garden',
    reason: 'Saplings, lawn and fertiliser for the campus (绿化)',
    lines: [
      { description: 'Osmanthus sapling, 6 cm trunk', unit: 'piece', unitFen: 8_500, share: 0.5 },
      { description: 'Lawn re-turfing', unit: 'm2', unitFen: 2_800, share: 0.35 },
      { description: 'Organic fertiliser, 40 kg bag', unit: 'bag', unitFen: 6_000, share: 0.15 },
    ],
  },
};

const FOOD_LINES: Record<'produce' | 'meat' | 'grain', ItemLine[]> = {
  produce: [
    { description: 'Fresh vegetables, mixed (蔬菜)', unit: 'kg', unitFen: 450, share: 0.45 },
    { description: 'Seasonal fruit (水果)', unit: 'kg', unitFen: 800, share: 0.2 },
    { description: 'Fresh eggs (鸡蛋)', unit: 'kg', unitFen: 1_100, share: 0.15 },
    { description: 'Tofu and soy products (豆制品)', unit: 'kg', unitFen: 600, share: 0.2 },
  ],
  meat: [
    { description: 'Pork, chilled (猪肉)', unit: 'kg', unitFen: 2_800, share: 0.55 },
    { description: 'Chicken, chilled (鸡肉)', unit: 'kg', unitFen: 1_900, share: 0.3 },
    { description: 'Fish, fresh (鱼)', unit: 'kg', unitFen: 2_200, share: 0.15 },
  ],
  grain: [
    { description: 'Rice, late indica, 25 kg bags (大米)', unit: 'kg', unitFen: 600, share: 0.6 },
    { description: 'Wheat flour (面粉)', unit: 'kg', unitFen: 500, share: 0.15 },
    { description: 'Rapeseed oil, 5 L cans (菜籽油)', unit: 'L', unitFen: 1_800, share: 0.25 },
  ],
};

// ---------------------------------------------------------------------------------------------

export interface FinanceSeedSummary {
  schools: number;
  months: number;
  journalEntries: number;
  journalLines: number;
  purchaseRequests: number;
  expenseClaims: number;
  ms: number;
}

/** Seeds the demo district's finance data into a database without it; does nothing when it is there. */
export async function seedFinanceDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(BudgetCategory).exists({ where: { districtId: DEMO_DISTRICT.id } })) return;
  const started = Date.now();
  // The services check every school id against finance's copy of the directory, which the directory's
  // events fill only later: the seed applies the demo district's facts itself, as those events would
  // (before its transaction: the consumer's own wait for an idle embedded connection; idempotent).
  await applyDemoDirectory(dataSource, logger);
  const summary = await dataSource.transaction(async (manager) => {
    const seeder = new FinanceDemoSeeder(withinTransaction(dataSource, manager), logger, todayIn(DEFAULT_TIME_ZONE));
    await seeder.run();
    return seeder.summary(manager);
  });
  logger.info({ ...summary, ms: Date.now() - started }, "seeded the demo district's finance data");
}

class FinanceDemoSeeder {
  // The ledger's "today" walks with the months seeded, so each posting is dated in the open year, not ahead of "today".
  private readonly definition = createFinanceSubgraph({ now: () => this.clock });
  private clock = new Date();
  private readonly desks = new Map<string, Desk>();
  private readonly categories = new Map<string, BudgetCategory>();
  private readonly suppliers = new Map<SupplierKey, Supplier>();
  private readonly schools: DemoSchoolKey[];
  private readonly months: Month[];
  private readonly current: Month;
  private readonly admin = districtViewer('admin');
  private invoiceCounter = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly today: string,
  ) {
    this.schools = DEMO_SCHOOL_ORDER.filter((key) => DEMO_SCHOOLS[key].active);
    const [year, month] = today.split('-').map(Number);
    this.months = [];
    for (const y of [year - 1, year]) {
      for (let m = 1; m <= 12 && (y < year || m <= month); m += 1) {
        this.months.push({ year: y, month: m, period: `${y}-${String(m).padStart(2, '0')}`, index: this.months.length });
      }
    }
    this.current = this.months[this.months.length - 1];
  }

  async summary(manager: EntityManager): Promise<Omit<FinanceSeedSummary, 'ms'>> {
    const where = { districtId: DEMO_DISTRICT.id };
    return {
      schools: this.schools.length,
      months: this.months.length,
      journalEntries: await manager.count(JournalEntry, { where }),
      journalLines: await manager.count(JournalLine, { where }),
      purchaseRequests: await manager.count(PurchaseRequest, { where }),
      expenseClaims: await manager.count(ExpenseClaim, { where }),
    };
  }

  private desk(viewer: Viewer): Desk {
    let desk = this.desks.get(viewer.accountId);
    if (!desk) {
      // The services wired exactly as for a request (the subgraph's own createContext).
      const base: SubgraphContext = { viewer, requestId: 'seed-demo', logger: this.logger, dataSource: this.dataSource };
      desk = this.definition.createContext(base);
      this.desks.set(viewer.accountId, desk);
    }
    return desk;
  }

  private staff(school: DemoSchoolKey, actor: Actor): Desk {
    return this.desk(staffViewer(school, actor));
  }

  private category(code: string): BudgetCategory {
    const category = this.categories.get(code);
    if (!category) throw new Error(`demo seed: no category ${code}`);
    return category;
  }

  /** A date in a month, never after today (the current month is only seeded up to today). */
  private date(month: Month, day: number): string {
    const last = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
    let d = Math.min(day, last);
    if (month === this.current) d = Math.min(d, Number(this.today.slice(8, 10)));
    return `${month.period}-${String(d).padStart(2, '0')}`;
  }

  private monthAgo(n: number): Month {
    return this.months[Math.max(0, this.months.length - 1 - n)];
  }

  private nextInvoice(month: Month): string {
    this.invoiceCounter += 1;
    // 20-digit numbers shaped like fully digital invoices: year, a region code, a serial.
    return `${month.year % 100}33${String(month.month).padStart(2, '0')}${String(this.invoiceCounter).padStart(14, '0')}`;
  }

  // --- the year's money

  private students(school: DemoSchoolKey): number {
    return DEMO_SCHOOLS[school].studentCount;
  }

  private mealFeesFen(school: DemoSchoolKey, month: Month, days = SCHOOL_DAYS[month.month - 1]): number {
    const profile = CANTEEN_PROFILE[DEMO_SCHOOLS[school].kind];
    const fen = this.students(school) * profile.share * profile.perDayFen * days * vary(`fees:${school}:${month.period}`, 0.03);
    return Math.round(fen / 100) * 100;
  }

  private allocationFen(school: DemoSchoolKey, code: string, year: number): number {
    const category = DEMO_BUDGET_CATEGORIES.find((c) => c.code === code)!;
    const growth = year === this.current.year ? 1.04 : 1;
    if (code === 'CANTEEN') {
      const profile = CANTEEN_PROFILE[DEMO_SCHOOLS[school].kind];
      const yearDays = SCHOOL_DAYS.reduce((a, b) => a + b, 0);
      return Math.round((this.students(school) * profile.share * profile.perDayFen * yearDays * 0.95 * growth) / 10_000) * 10_000;
    }
    return Math.round((this.students(school) * category.perStudentYuan * 100 * growth) / 10_000) * 10_000;
  }

  // ---------------------------------------------------------------------------------------------

  async run(): Promise<void> {
    await this.districtSetup();
    const suspendAt = this.monthAgo(3);
    const lastClosed = this.monthAgo(2);
    const previous = this.monthAgo(1);
    for (const month of this.months) {
      this.clock = this.endOf(month);
      if (month === suspendAt) await this.suspendMeatSupplier();
      for (const [schoolIndex, school] of this.schools.entries()) {
        await this.income(school, month);
        if (school === 'firstPrimary' && month === previous) await this.duplicateAndReverse(school, month);
        if (month !== this.current) await this.monthSpending(school, schoolIndex, month);
      }
      // Months up to the one before last are closed (月结); last month and this month stay open.
      if (month.index <= lastClosed.index) {
        for (const school of this.schools) {
          for (const fund of [Fund.SCHOOL, Fund.CANTEEN])
            await this.staff(school, 'accountant').ledger.closePeriod({ schoolId: DEMO_SCHOOLS[school].id, fund, period: month.period });
        }
      }
    }
    this.clock = new Date();
    for (const school of this.schools) await this.inFlight(school);
  }

  /** Noon (in the schools' zone) of a month's last day seeded: the ledger's "today" while that month is seeded. */
  private endOf(month: Month): Date {
    return month === this.current ? new Date() : new Date(`${this.date(month, 31)}T12:00:00+08:00`);
  }

  /** Categories, thresholds, budgets for both years and the supplier register, as the district administrator. */
  private async districtSetup(): Promise<void> {
    const admin = this.desk(this.admin);
    for (const c of DEMO_BUDGET_CATEGORIES) {
      this.categories.set(
        c.code,
        await admin.budgets.createCategory({ code: c.code, name: c.name, fund: c.fund, overrunPolicy: c.overrunPolicy }),
      );
    }
    await admin.budgets.setApprovalPolicy(DEMO_APPROVAL_POLICY);
    for (const year of [this.current.year - 1, this.current.year]) {
      for (const school of this.schools) {
        for (const c of DEMO_BUDGET_CATEGORIES) {
          await admin.budgets.setBudget({
            schoolId: DEMO_SCHOOLS[school].id,
            fiscalYear: year,
            categoryId: this.category(c.code).id,
            allocated: yuan(this.allocationFen(school, c.code, year)),
          });
        }
      }
    }
    for (const [key, s] of Object.entries(SUPPLIERS) as [SupplierKey, (typeof SUPPLIERS)[SupplierKey]][]) {
      const supplier = await admin.suppliers.create(
        {
          name: s.name,
          creditCode: demoCreditCode(s.body),
          contactName: s.contact,
          phone: s.phone,
          bankAccount: s.bank,
          foodSupplier: Boolean(s.food),
          foodLicenceNumber: s.food?.number,
          foodLicenceExpiresOn: s.food ? addDays(this.today, s.food.days) : undefined,
        },
        // Fixed ids: the canteen's demo deliveries name these suppliers.
        { id: DEMO_SUPPLIER_IDS[key] },
      );
      this.suppliers.set(key, supplier);
    }
  }

  /** The meat supplier failed a food-safety inspection: suspended from then on (暂停供货). */
  private async suspendMeatSupplier(): Promise<void> {
    const meat = this.suppliers.get('meat')!;
    const current = await this.dataSource.manager.findOneByOrFail(Supplier, { id: meat.id });
    this.suppliers.set(
      'meat',
      await this.desk(this.admin).suppliers.update({ id: meat.id, version: current.version, status: SupplierStatus.SUSPENDED }),
    );
  }

  /** Money in: the balance brought forward, quarterly appropriations (公用经费) and the month's meal fees (伙食费). */
  private async income(school: DemoSchoolKey, month: Month): Promise<void> {
    const accountant = this.staff(school, 'accountant');
    const schoolId = DEMO_SCHOOLS[school].id;
    const schoolAllocation = DEMO_BUDGET_CATEGORIES.filter((c) => c.fund === Fund.SCHOOL).reduce(
      (sum, c) => sum + this.allocationFen(school, c.code, month.year),
      0,
    );
    if (month.index === 0) {
      await accountant.ledger.postManual({
        schoolId,
        fund: Fund.SCHOOL,
        entryDate: this.date(month, 2),
        memo: `Balance brought forward from ${month.year - 1} (上年结余)`,
        lines: [
          { account: LedgerAccount.BANK, debit: yuan(schoolAllocation * 0.15) },
          { account: LedgerAccount.OTHER_INCOME, credit: yuan(schoolAllocation * 0.15) },
        ],
      });
      const canteenFloat = this.mealFeesFen(school, month, 10);
      await accountant.ledger.postManual({
        schoolId,
        fund: Fund.CANTEEN,
        entryDate: this.date(month, 2),
        memo: `Canteen balance brought forward from ${month.year - 1} (食堂上年结余)`,
        lines: [
          { account: LedgerAccount.BANK, debit: yuan(canteenFloat) },
          { account: LedgerAccount.OTHER_INCOME, credit: yuan(canteenFloat) },
        ],
      });
    }
    if (month.month % 3 === 1) {
      const amount = yuan(schoolAllocation * 0.26 * vary(`approp:${school}:${month.period}`, 0.01));
      await accountant.ledger.postManual({
        schoolId,
        fund: Fund.SCHOOL,
        entryDate: this.date(month, 5),
        memo: `Public funds for Q${(month.month + 2) / 3} ${month.year} from the district (公用经费拨款)`,
        lines: [
          { account: LedgerAccount.BANK, debit: amount },
          { account: LedgerAccount.APPROPRIATION_INCOME, credit: amount },
        ],
      });
    }
    const fees = this.mealFeesFen(school, month);
    if (fees > 0) {
      await accountant.ledger.postManual({
        schoolId,
        fund: Fund.CANTEEN,
        entryDate: this.date(month, 3),
        memo: `Meal fees for ${month.period} (${month.month}月伙食费)`,
        lines: [
          { account: LedgerAccount.BANK, debit: yuan(fees) },
          { account: LedgerAccount.MEAL_FEE_INCOME, credit: yuan(fees) },
        ],
      });
    }
  }

  /** The accountant posts a month's meal fees twice by mistake and reverses the copy (红字冲销). */
  private async duplicateAndReverse(school: DemoSchoolKey, month: Month): Promise<void> {
    const fees = this.mealFeesFen(school, month);
    if (fees <= 0) return;
    const accountant = this.staff(school, 'accountant');
    const duplicate = await accountant.ledger.postManual({
      schoolId: DEMO_SCHOOLS[school].id,
      fund: Fund.CANTEEN,
      entryDate: this.date(month, 3),
      memo: `Meal fees for ${month.period} (${month.month}月伙食费)`,
      lines: [
        { account: LedgerAccount.BANK, debit: yuan(fees) },
        { account: LedgerAccount.MEAL_FEE_INCOME, credit: yuan(fees) },
      ],
    });
    await accountant.ledger.reverse({
      entryId: duplicate.id,
      reason: 'Posted twice by mistake (重复记账)',
      entryDate: this.date(month, 6),
    });
  }

  /**
   * A month of spending at one school. This year in full: the month's fresh food, last month's water
   * and electricity, one other category. Last year (closed, only looked back at) with fewer, larger
   * transactions: water and electricity by quarter, another category every other month. Rice, flour
   * and oil are bought by the quarter in both.
   */
  private async monthSpending(school: DemoSchoolKey, schoolIndex: number, month: Month): Promise<void> {
    const thisYear = month.year === this.current.year;
    const fees = this.mealFeesFen(school, month);
    if (fees > 0) {
      const fresh = this.suppliers.get('meat')!.status === SupplierStatus.ACTIVE && month.index % 2 === 0 ? 'meat' : 'produce';
      await this.foodPurchase(school, month, fresh, fees * 0.6, 'PAID');
    }
    if (month.month % 3 === 0) {
      // A quarter's rice, flour and oil: for the school days of this month and the next two.
      const days = [0, 1, 2].reduce((sum, i) => sum + SCHOOL_DAYS[(month.month - 1 + i) % 12], 0);
      await this.foodPurchase(school, month, 'grain', this.mealFeesFen(school, month, days) * 0.3, 'PAID');
    }
    if (thisYear || month.month % 3 === 0) await this.utilitiesClaim(school, month, thisYear ? 1 : 3, 'PAID');
    if (thisYear || month.index % 2 === 0) {
      const code = ROTATION[((thisYear ? month.index : month.index / 2) + schoolIndex) % ROTATION.length];
      const target =
        this.allocationFen(school, code, month.year) * (thisYear ? 0.36 : 0.75) * vary(`item:${school}:${month.period}:${code}`, 0.1);
      await this.item(school, month, code, target, 'PAID', 10 + Math.floor(rand(`day:${school}:${month.period}:${code}`) * 15));
    }
  }

  private lines(key: string, target: number, lines: ItemLine[]) {
    return lines.map((l) => {
      const unitFen = Math.round((l.unitFen * vary(`${key}:${l.description}:price`, 0.08)) / 10) * 10;
      return { description: l.description, unit: l.unit, unitFen, quantity: Math.max(1, Math.round((target * l.share) / unitFen)) };
    });
  }

  private foodPurchase(school: DemoSchoolKey, month: Month, supplier: 'produce' | 'meat' | 'grain', target: number, stop: PurchaseStop) {
    const what = { produce: 'Vegetables, fruit, eggs and tofu', meat: 'Pork, chicken and fish', grain: 'Rice, flour and cooking oil' }[
      supplier
    ];
    return this.purchase(school, month, {
      requester: 'canteen',
      category: 'CANTEEN',
      supplier,
      reason: `${what} for the canteen, ${month.period} (${month.month}月食材)`,
      lines: this.lines(`food:${school}:${month.period}:${supplier}`, target, FOOD_LINES[supplier]),
      stop,
      paidOn: this.date(month, 25),
      splitReceipt: true,
    });
  }

  /** The water and electricity bills of the `months` months before `month`, filed by the electrician who reads the meters. */
  private utilitiesClaim(school: DemoSchoolKey, month: Month, months: number, stop: ClaimStop) {
    const billed = Array.from({ length: months }, (_, i) => {
      const d = new Date(Date.UTC(month.year, month.month - 2 - i, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, period: d.toISOString().slice(0, 7) };
    }).reverse();
    const season = billed.reduce((sum, b) => sum + UTILITY_SEASON[b.month - 1], 0);
    const base = ((this.students(school) * 11_000) / 12) * season * vary(`util:${school}:${month.period}`, 0.08);
    const range = billed.length === 1 ? billed[0].period : `${billed[0].period} to ${billed[billed.length - 1].period}`;
    return this.claim(school, month, {
      requester: 'electrician',
      title: `Water and electricity bills for ${range} (水电费)`,
      lines: [
        { category: 'UTILITIES', amountFen: base * 0.72 },
        { category: 'UTILITIES', amountFen: base * 0.28 },
      ],
      stop,
      paidOn: this.date(month, 15),
    });
  }

  /** One purchase or claim of a rotating category, sized to `target` fen. */
  private item(
    school: DemoSchoolKey,
    month: Month,
    code: (typeof ROTATION)[number],
    target: number,
    stop: PurchaseStop & ClaimStop,
    day: number,
  ) {
    const spec = ITEMS[code];
    if (spec.kind === 'claim') {
      // One to three invoices.
      const parts = 1 + Math.floor(rand(`parts:${school}:${month.period}:${code}`) * 3);
      return this.claim(school, month, {
        requester: spec.requester,
        title: `${spec.reason}, ${month.period}`,
        lines: Array.from({ length: parts }, () => ({ category: code, amountFen: target / parts })),
        stop,
        paidOn: this.date(month, day),
      });
    }
    return this.purchase(school, month, {
      requester: spec.requester,
      category: code,
      supplier: spec.supplier!,
      reason: `${spec.reason}, ${month.period}`,
      lines: this.lines(`item:${school}:${month.period}:${code}`, target, spec.lines),
      stop,
      paidOn: this.date(month, day),
    });
  }

  /** Files a purchase request and walks it through approval, order, receipt and payment up to `stop`. */
  private async purchase(
    school: DemoSchoolKey,
    month: Month,
    spec: {
      requester: Actor;
      category: string;
      supplier: SupplierKey;
      reason: string;
      lines: { description: string; unit: string; unitFen: number; quantity: number }[];
      stop: PurchaseStop;
      paidOn: string;
      splitReceipt?: boolean;
      rejectReason?: string;
    },
  ): Promise<PurchaseRequest> {
    const schoolId = DEMO_SCHOOLS[school].id;
    const key = `${school}:${month.period}:${spec.reason}`;
    let request = (
      await this.staff(school, spec.requester).purchases.submit({
        schoolId,
        categoryId: this.category(spec.category).id,
        fiscalYear: month.year,
        reason: spec.reason,
        lines: spec.lines.map((l) => ({
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          estimatedUnitPrice: yuan(l.unitFen),
        })),
      })
    ).record;
    request = await this.approvals(
      school,
      request,
      spec.stop,
      spec.rejectReason,
      (desk, input) => desk.purchases.approve(input),
      (desk, input) => desk.purchases.reject(input),
    );
    if (request.status !== PurchaseStatus.APPROVED || spec.stop === 'APPROVED') return request;
    // Actual prices: within a few per cent of the estimate; a quarter above it for one that must be approved again.
    const rise = spec.stop === 'PENDING_REAPPROVAL' ? 1.25 : 1;
    const ordered = await this.staff(school, 'director').purchases.order({
      id: request.id,
      supplierId: this.suppliers.get(spec.supplier)!.id,
      lines: spec.lines.map((l, i) => ({ actualUnitPrice: yuan(Math.round(l.unitFen * rise * vary(`${key}:actual:${i}`, 0.03))) })),
    });
    if (spec.stop === 'ORDERED' || spec.stop === 'PENDING_REAPPROVAL') return ordered;
    const lines = await this.dataSource.manager.find(PurchaseRequestLine, { where: { requestId: request.id }, order: { lineNo: 'ASC' } });
    const storekeeper = this.staff(school, 'storekeeper');
    if (lines[0].quantity >= 2 && (spec.stop === 'PARTIALLY_RECEIVED' || (spec.splitReceipt && rand(`${key}:split`) < 0.3))) {
      // A first delivery of part of the first line (分批到货).
      const first = Math.max(1, Math.floor(lines[0].quantity * 0.6));
      request = await storekeeper.purchases.receive({
        id: request.id,
        lines: [{ lineId: lines[0].id, quantity: first }],
        comment: 'First delivery (第一批到货)',
      });
      if (spec.stop === 'PARTIALLY_RECEIVED') return request;
      lines[0].receivedQuantity = first;
    }
    request = await storekeeper.purchases.receive({
      id: request.id,
      lines: lines.filter((l) => l.quantity > l.receivedQuantity).map((l) => ({ lineId: l.id, quantity: l.quantity - l.receivedQuantity })),
      comment: 'Checked against the delivery note; quantity and quality as ordered (验收合格)',
    });
    if (spec.stop === 'RECEIVED') return request;
    const paid = await this.staff(school, 'accountant').purchases.pay({ id: request.id, paidOn: spec.paidOn });
    if (spec.stop !== 'PAYMENT_REVERSED') return paid;
    await this.reversePayment(school, paid.id, spec.paidOn, 'Paid to the wrong bank account; to be paid again (收款账户有误，重新付款)');
    return this.dataSource.manager.findOneByOrFail(PurchaseRequest, { id: paid.id });
  }

  /** The accountant reverses the payment of a request or claim (红字冲销), dated `on`. */
  private async reversePayment(school: DemoSchoolKey, sourceId: string, on: string, reason: string): Promise<void> {
    const payment = await this.dataSource.manager.findOneByOrFail(JournalEntry, { sourceId });
    await this.staff(school, 'accountant').ledger.reverse({ entryId: payment.id, reason, entryDate: on });
  }

  /** Files an expense claim and walks it through review, approval and payment up to `stop`. */
  private async claim(
    school: DemoSchoolKey,
    month: Month,
    spec: {
      requester: Actor;
      title: string;
      lines: { category: string; amountFen: number }[];
      stop: ClaimStop;
      paidOn: string;
      rejectReason?: string;
    },
  ): Promise<ExpenseClaim> {
    const claims = this.staff(school, spec.requester).claims;
    let claim = (
      await claims.submit({
        schoolId: DEMO_SCHOOLS[school].id,
        title: spec.title,
        fiscalYear: month.year,
        lines: spec.lines.map((l) => {
          const invoiceNumber = this.nextInvoice(month);
          return {
            categoryId: this.category(l.category).id,
            amount: yuan(l.amountFen),
            invoiceNumber,
            attachments: [`invoices/${month.period}/${invoiceNumber}.pdf`],
          };
        }),
      })
    ).record;
    if (spec.stop === 'SUBMITTED') return claim;
    const accountant = this.staff(school, 'accountant');
    if (spec.stop === 'REJECTED_AT_REVIEW')
      return accountant.claims.reject({ id: claim.id, reason: spec.rejectReason ?? 'Rejected at review.' });
    claim = await accountant.claims.review({ id: claim.id, comment: 'Invoices checked against the claim (票据审核无误)' });
    claim = await this.approvals(
      school,
      claim,
      spec.stop,
      spec.rejectReason,
      (desk, input) => desk.claims.approve(input),
      (desk, input) => desk.claims.reject(input),
    );
    if (claim.status !== ClaimStatus.APPROVED || spec.stop === 'APPROVED') return claim;
    const paid = await accountant.claims.pay({ id: claim.id, paidOn: spec.paidOn });
    if (spec.stop !== 'PAYMENT_REVERSED') return paid;
    await this.reversePayment(school, paid.id, spec.paidOn, 'The bank returned the transfer: wrong card number (银行退回，卡号有误)');
    return this.dataSource.manager.findOneByOrFail(ExpenseClaim, { id: paid.id });
  }

  /**
   * Approves level by level (director, principal, district) until the request or claim is approved,
   * or stops while it waits at the level `stop` names, or has that level reject it.
   */
  private async approvals<T extends { id: string; nextApprovalLevel: ApprovalLevel | null; requiredLevel: ApprovalLevel }>(
    school: DemoSchoolKey,
    subject: T,
    stop: PurchaseStop | ClaimStop,
    rejectReason: string | undefined,
    approve: (desk: Desk, input: { id: string; comment?: string }) => Promise<T>,
    reject: (desk: Desk, input: { id: string; reason: string }) => Promise<T>,
  ): Promise<T> {
    const waitAt: Partial<Record<string, ApprovalLevel>> = {
      PENDING_DIRECTOR: ApprovalLevel.DIRECTOR,
      REVIEWED_DIRECTOR: ApprovalLevel.DIRECTOR,
      PENDING_PRINCIPAL: ApprovalLevel.PRINCIPAL,
      REVIEWED_PRINCIPAL: ApprovalLevel.PRINCIPAL,
      PENDING_DISTRICT: ApprovalLevel.DISTRICT,
    };
    const approver = (level: ApprovalLevel) =>
      level === ApprovalLevel.DISTRICT
        ? this.desk(this.admin)
        : this.staff(school, level === ApprovalLevel.DIRECTOR ? 'director' : 'principal');
    let current = subject;
    while (current.nextApprovalLevel) {
      const level = current.nextApprovalLevel;
      if (waitAt[stop] === level) return current;
      if (stop === 'REJECTED' || stop === 'REJECTED_AT_APPROVAL')
        return reject(approver(level), { id: current.id, reason: rejectReason ?? 'Rejected.' });
      current = await approve(approver(level), {
        id: current.id,
        comment: level === ApprovalLevel.DISTRICT ? 'Within the canteen plan (符合采购计划)' : 'Agreed (同意)',
      });
    }
    if (waitAt[stop])
      throw new Error(`demo seed: ${current.id} needs only ${current.requiredLevel} approval, so it cannot wait at ${stop}`);
    return current;
  }

  /** This month's unfinished business: requests and claims at every stage, for the demo users to act on. */
  private async inFlight(school: DemoSchoolKey): Promise<void> {
    const month = this.current;
    const alloc = (code: string) => this.allocationFen(school, code, month.year);
    const rich = school === 'firstPrimary';
    // The month's food: the fresh food waits for the district; grain is ordered (firstPrimary) or delivered.
    const days = Math.max(SCHOOL_DAYS[month.month - 1], 15);
    const fees = this.mealFeesFen(school, month, days);
    await this.foodPurchase(school, month, 'produce', fees * 0.65, 'PENDING_DISTRICT');
    await this.foodPurchase(school, month, 'grain', fees * 0.33, rich ? 'ORDERED' : 'RECEIVED');
    await this.purchase(school, month, {
      requester: 'teacher',
      category: 'OFFICE_SUPPLIES',
      supplier: 'office',
      reason: 'A4 paper and whiteboard markers for the Grade 3 office (三年级办公室用纸)',
      lines: this.lines(
        `now:${school}:paper`,
        Math.min(alloc('OFFICE_SUPPLIES') * 0.015, 320_000),
        ITEMS.OFFICE_SUPPLIES.lines.filter((l) => l.unit === 'box'),
      ),
      stop: 'PENDING_DIRECTOR',
      paidOn: this.date(month, 28),
    });
    await this.utilitiesClaim(school, month, 1, 'REVIEWED_PRINCIPAL');
    await this.claim(school, month, {
      requester: 'teacher',
      title: 'Provincial teaching workshop: course fee and train tickets (省级教研培训)',
      lines: [
        { category: 'TRAINING', amountFen: 68_000 },
        { category: 'TRAINING', amountFen: 18_650 },
      ],
      stop: 'SUBMITTED',
      paidOn: this.date(month, 28),
    });
    if (!rich) return;

    await this.purchase(school, month, {
      requester: 'electrician',
      category: 'REPAIRS',
      supplier: 'repairs',
      reason: 'Replace the flickering LED panels in teaching building B (教学楼B灯具更换)',
      lines: [{ description: 'LED ceiling panel 600×600, fitted', unit: 'piece', unitFen: 31_000, quantity: 60 }],
      stop: 'PENDING_PRINCIPAL',
      paidOn: this.date(month, 28),
    });
    await this.purchase(school, month, {
      requester: 'safety',
      category: 'SAFETY_EQUIPMENT',
      supplier: 'fire',
      reason: 'Refill and inspect the fire extinguishers of the dormitory building (灭火器年检充装)',
      lines: [{ description: 'Refill and pressure-test a 4 kg extinguisher', unit: 'piece', unitFen: 7_000, quantity: 60 }],
      stop: 'APPROVED',
      paidOn: this.date(month, 28),
    });
    await this.purchase(school, month, {
      requester: 'gardener',
      category: 'GREENING',
      supplier: 'garden',
      reason: 'Osmanthus saplings for the east playground (东操场桂花树)',
      lines: [
        { description: 'Osmanthus sapling, 6 cm trunk', unit: 'piece', unitFen: 8_500, quantity: 40 },
        { description: 'Organic fertiliser, 40 kg bag', unit: 'bag', unitFen: 6_000, quantity: 10 },
      ],
      stop: 'PARTIALLY_RECEIVED',
      paidOn: this.date(month, 28),
    });
    await this.purchase(school, month, {
      requester: 'teacher',
      category: 'OFFICE_SUPPLIES',
      supplier: 'office',
      reason: 'Toner cartridges for the teaching office printers (硒鼓)',
      lines: [{ description: 'Toner cartridge, HP 88A compatible', unit: 'piece', unitFen: 38_000, quantity: 8 }],
      stop: 'RECEIVED',
      paidOn: this.date(month, 28),
    });
    await this.purchase(school, month, {
      requester: 'teacher',
      category: 'OFFICE_SUPPLIES',
      supplier: 'office',
      reason: 'A projector for classroom 3-2 (投影仪)',
      lines: [{ description: 'Classroom projector, 4000 lm', unit: 'piece', unitFen: 420_000, quantity: 1 }],
      stop: 'REJECTED',
      paidOn: this.date(month, 28),
      rejectReason: "A projector is a fixed asset, not office supplies; put it in next term's equipment plan (固定资产请列入设备采购计划).",
    });
    await this.purchase(school, month, {
      requester: 'electrician',
      category: 'REPAIRS',
      supplier: 'repairs',
      reason: 'Repair the leaking gym roof before the rains (体育馆屋顶补漏)',
      lines: [{ description: 'Waterproof membrane and labour', unit: 'm2', unitFen: 9_500, quantity: 40 }],
      stop: 'PAID',
      paidOn: this.date(month, 10),
    });
    await this.claim(school, month, {
      requester: 'teacher',
      title: 'Printing of the mid-term exam papers (期中试卷印刷)',
      lines: [{ category: 'PRINTING', amountFen: 115_000 }],
      stop: 'REVIEWED_DIRECTOR',
      paidOn: this.date(month, 28),
    });
    await this.claim(school, month, {
      requester: 'electrician',
      title: 'Spare switches and starters bought at the hardware market (电工配件)',
      lines: [{ category: 'REPAIRS', amountFen: 62_050 }],
      stop: 'APPROVED',
      paidOn: this.date(month, 28),
    });
    await this.claim(school, month, {
      requester: 'storekeeper',
      title: 'Printer paper bought in a hurry (应急购纸)',
      lines: [{ category: 'OFFICE_SUPPLIES', amountFen: 33_000 }],
      stop: 'REJECTED_AT_REVIEW',
      paidOn: this.date(month, 28),
      rejectReason: 'The receipt is not an invoice (发票); ask the shop for an invoice and file again.',
    });
    await this.claim(school, month, {
      requester: 'safety',
      title: 'Reflective vests for the road-crossing duty (护导反光背心)',
      lines: [{ category: 'SAFETY_EQUIPMENT', amountFen: 96_000 }],
      stop: 'REJECTED_AT_APPROVAL',
      paidOn: this.date(month, 28),
      rejectReason: "Buy these through the district's framework supplier, not by claim (请通过定点供应商采购).",
    });
    await this.purchase(school, month, {
      requester: 'teacher',
      category: 'OFFICE_SUPPLIES',
      supplier: 'office',
      reason: 'Laminating pouches for the class timetables (课程表塑封膜)',
      lines: [{ description: 'Laminating pouches A4, 100 a box', unit: 'box', unitFen: 6_500, quantity: 6 }],
      stop: 'PENDING_REAPPROVAL',
      paidOn: this.date(month, 28),
    });
    await this.purchase(school, month, {
      requester: 'teacher',
      category: 'OFFICE_SUPPLIES',
      supplier: 'office',
      reason: 'Binding combs for the term reports (期末报告装订)',
      lines: [{ description: 'Binding combs 10 mm, 100 a box', unit: 'box', unitFen: 5_200, quantity: 4 }],
      stop: 'PAYMENT_REVERSED',
      paidOn: this.date(month, 3),
    });
    await this.claim(school, month, {
      requester: 'teacher',
      title: 'Ink for the art room printer (美术室墨水)',
      lines: [{ category: 'PRINTING', amountFen: 24_500 }],
      stop: 'PAYMENT_REVERSED',
      paidOn: this.date(month, 3),
    });
    await this.claim(school, month, {
      requester: 'teacher',
      title: "Printing of last month's monthly test (月考印刷)",
      lines: [{ category: 'PRINTING', amountFen: 86_000 }],
      stop: 'PAID',
      paidOn: this.date(month, 5),
    });
  }
}
