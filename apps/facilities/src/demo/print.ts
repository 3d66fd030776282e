import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, newId, schoolDaysBetween, shiftDate, todayIn, type Logger } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  demoAccountId,
  demoStaffIdFor,
  demoStaffNumber,
  type DemoSchoolKey,
} from '@houqin/demo';
import { Department } from '../place/place.entity';
import { PaperSize, PrintJob, PrintJobKind, PrintPriceEntry } from '../print/print.entity';
import { jobFigures, priceOn, type PriceRow } from '../print/print.rules';

/** What a department typically has printed: title, pages per copy, copies, size, double-sided, colour, and on which school days. */
interface JobPlan {
  title: string;
  pages: number;
  copies: number;
  paperSize: PaperSize;
  duplex: boolean;
  colour?: boolean;
  /** Printed on every n-th school day of the month, starting at `offset`. */
  every: number;
  offset: number;
  /** The requester's post (TEACHER, PRINCIPAL …). */
  post: string;
}

const PLANS: Record<string, JobPlan[]> = {
  教务处: [
    { title: '单元测验卷', pages: 4, copies: 240, paperSize: PaperSize.B4, duplex: true, every: 5, offset: 2, post: 'TEACHER' },
    { title: '教学进度表', pages: 2, copies: 40, paperSize: PaperSize.A4, duplex: false, every: 10, offset: 0, post: 'TEACHER' },
  ],
  总务处: [
    {
      title: '物品领用登记表',
      pages: 1,
      copies: 50,
      paperSize: PaperSize.A4,
      duplex: false,
      every: 10,
      offset: 3,
      post: 'GENERAL_AFFAIRS_DIRECTOR',
    },
  ],
  德育处: [
    { title: '致家长的一封信', pages: 2, copies: 300, paperSize: PaperSize.A4, duplex: true, every: 10, offset: 6, post: 'SAFETY_OFFICER' },
    {
      title: '安全教育宣传画',
      pages: 1,
      copies: 20,
      paperSize: PaperSize.A3,
      duplex: false,
      colour: true,
      every: 20,
      offset: 8,
      post: 'SAFETY_OFFICER',
    },
  ],
  办公室: [{ title: '会议材料', pages: 6, copies: 30, paperSize: PaperSize.A4, duplex: true, every: 7, offset: 1, post: 'PRINCIPAL' }],
  gradeGroup: [
    { title: '课堂练习卷', pages: 2, copies: 120, paperSize: PaperSize.A4, duplex: true, every: 3, offset: 1, post: 'TEACHER' },
    { title: '作文稿纸', pages: 1, copies: 120, paperSize: PaperSize.A4, duplex: false, every: 9, offset: 4, post: 'TEACHER' },
  ],
};

/** First Experimental Primary's director set its own prices: A4 ¥0.08 and B4 ¥0.15 from the first demo month, A4 ¥0.10 from the last. */
const FIRST_PRIMARY_PRICES = (start: string, change: string) => [
  { paperSize: PaperSize.A4, colour: false, pricePerPageFen: 8, effectiveFrom: start },
  { paperSize: PaperSize.B4, colour: false, pricePerPageFen: 15, effectiveFrom: start },
  { paperSize: PaperSize.A4, colour: false, pricePerPageFen: 10, effectiveFrom: change },
];

/** The first day of the month `n` months before the month of `day`. */
function monthStart(day: string, n: number): string {
  const [year, month] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The operator who recorded a school's jobs: its storekeeper (the demo account at First Experimental Primary, a synthetic one elsewhere). */
function operatorOf(school: DemoSchoolKey): string {
  return (
    DEMO_ACCOUNTS.find((a) => a.school === school && a.role === 'STOREKEEPER')?.id ?? demoAccountId(demoStaffNumber(school, 'STOREKEEPER'))
  );
}

/**
 * The print centre's part of the demo (after places: it charges the departments places made): for
 * every open school, print jobs of its departments over the three months before this one and this
 * month up to yesterday, on school days; at First Experimental Primary prices of its own with a change
 * from last month (earlier jobs keep the old price), and one mistaken job voided by a reversal.
 * Figures and costs come from the print rules, as recordPrintJob computes them. Idempotent: a school
 * with print jobs keeps them.
 */
export async function seedPrintDemo(dataSource: DataSource, logger: Logger, now: () => Date = () => new Date()): Promise<void> {
  const today = todayIn(DEFAULT_TIME_ZONE, now());
  const from = monthStart(today, 3);
  const to = shiftDate(today, -1);
  const days = schoolDaysBetween(from, to);
  let jobs = 0;
  await dataSource.transaction(async (manager) => {
    for (const school of DEMO_SCHOOL_ORDER) {
      const schoolId = DEMO_SCHOOLS[school].id;
      if (!DEMO_SCHOOLS[school].active || (await manager.existsBy(PrintJob, { schoolId }))) continue;
      const departments = await manager.find(Department, { where: { schoolId }, order: { name: 'ASC' } });
      if (!departments.length) continue;
      const operator = operatorOf(school);
      const base = { districtId: DEMO_DISTRICT.id, schoolId };
      const prices: PriceRow[] = [];
      if (school === 'firstPrimary') {
        const director = DEMO_ACCOUNTS.find((a) => a.school === school && a.role === 'GENERAL_AFFAIRS_DIRECTOR')!.id;
        for (const price of FIRST_PRIMARY_PRICES(from, monthStart(today, 1))) {
          const row = manager.create(PrintPriceEntry, { id: newId(), ...base, ...price, setByAccountId: director });
          await manager.insert(PrintPriceEntry, row);
          prices.push(row);
        }
      }
      const rows: PrintJob[] = [];
      for (const department of departments) {
        const plans = PLANS[department.name] ?? (department.name.endsWith('年级组') ? PLANS.gradeGroup : []);
        let month = '';
        let n = 0;
        for (const day of days) {
          if (day.slice(0, 7) !== month) [month, n] = [day.slice(0, 7), 0];
          for (const plan of plans) {
            if (n % plan.every !== plan.offset % plan.every) continue;
            const colour = plan.colour ?? false;
            const price = priceOn(prices, { paperSize: plan.paperSize, colour }, day);
            rows.push(
              manager.create(PrintJob, {
                id: newId(),
                ...base,
                kind: PrintJobKind.PRINTED,
                reversesJobId: null,
                departmentId: department.id,
                requestedByStaffId: demoStaffIdFor(school, plan.post),
                recordedByAccountId: operator,
                title: plan.title,
                pages: plan.pages,
                copies: plan.copies,
                paperSize: plan.paperSize,
                duplex: plan.duplex,
                colour,
                printedAt: new Date(`${day}T09:30:00+08:00`),
                printedOn: day,
                reason: null,
                pricePerPageFen: price.pricePerPageFen,
                ...jobFigures(plan.pages, plan.copies, plan.duplex, price.pricePerPageFen),
              }),
            );
          }
          n += 1;
        }
      }
      // A job recorded twice by mistake at First Experimental Primary, voided by its reversal in the same month.
      const twice = school === 'firstPrimary' ? rows.find((row) => row.title === '致家长的一封信') : undefined;
      if (twice) {
        const again = manager.create(PrintJob, { ...twice, id: newId() });
        rows.push(
          again,
          manager.create(PrintJob, {
            ...again,
            id: newId(),
            kind: PrintJobKind.REVERSAL,
            reversesJobId: again.id,
            reason: '重复登记 (recorded twice)',
            printedPages: -again.printedPages,
            sheets: -again.sheets,
            costFen: -again.costFen,
          }),
        );
      }
      for (let i = 0; i < rows.length; i += 40) await manager.insert(PrintJob, rows.slice(i, i + 40));
      jobs += rows.length;
    }
  });
  logger.info({ jobs }, 'seeded the demo print jobs');
}
