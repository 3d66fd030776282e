import { DEFAULT_TIME_ZONE, newId, todayIn } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { schoolDaysBetween } from '@houqin/canteen';
import { connect, generator, Pipeline, str, Table } from './district';

/**
 * The canteen part of `npm run bench -- canteen`: a term of canteen life for many schools, written
 * straight into the (seeded) canteen database with multi-row INSERTs, as district.ts does for finance.
 *
 * What is generated, from the term's first day (1 September, or 1 March in spring) up to yesterday,
 * on the school days of the calendar (weekdays, public holidays and make-up days 调休 included):
 * - directory: the schools (`school`) in the demo district; the canteen's copy of them
 *   (`known_school`), a campus each (`known_campus`) and the kitchen's staff (`known_staff`);
 * - a canteen per school with a dry store, a chiller and a freezer;
 * - a roster of 8 with health certificates (every 10th school has one that expired mid-term) and a
 *   morning check of everyone every school day (about 1 % missing);
 * - 15 dishes per school, a published menu week per canteen and week with its day checks
 *   (`menu_day_check`, about 1 in 12 days failing the nutrition check);
 * - 3 meal services per school day (breakfast 2 dishes, lunch 4, dinner 3), counts in (locked); a
 *   sample of every dish but about 0.5 % (the service then has its missing-sample alert raised);
 * - per canteen, ingredient and week one lot (received on the week's first school day, 10 % more
 *   than the week needs, expiring 60 days later) with its RECEIPT movement, and an ISSUE movement per
 *   meal service and ingredient used; issue costs split exactly (what empties a lot takes its
 *   remaining cost), so every lot's movements sum to its balance and remaining cost;
 * - an accompanied lunch (陪餐) on about 90 % of school days.
 * Not generated, because no report reads them: deliveries (the lots have no delivery item, as an
 * opening balance has none), menu items and recipe lines, duty lists, sample disposals, ratings.
 */

export interface CanteenPlan {
  schools: number;
  batchRows: number;
}

export interface CanteenIngredient {
  id: string;
  name: string;
  baseUnit: string;
}

export interface GeneratedCanteen {
  schoolId: string;
  canteenId: string;
  chilledLocationId: string;
  managerAccountId: string;
}

export interface CanteenData {
  from: string;
  to: string;
  schoolDays: number;
  canteens: GeneratedCanteen[];
  rows: Record<string, number>;
  statements: number;
  generateMs: number;
  analyzeMs: number;
  checks: { name: string; failures: number; ms: number }[];
  /** Facts of the generated data the report answers can be checked against. */
  missingSamples: number;
}

/** What a meal uses of each ingredient, grams (or mL, pieces) per portion, by meal. */
const USE_PER_PORTION: Record<string, number[]> = {
  // breakfast, lunch, dinner
  0: [60, 120, 100],
  1: [0, 80, 60],
  2: [0, 150, 120],
  3: [5, 12, 10],
  4: [1, 1, 0],
  5: [40, 0, 30],
};
const MEALS = ['BREAKFAST', 'LUNCH', 'DINNER'] as const;
const DISHES_PER_MEAL = [2, 4, 3];
const POSTS = ['MANAGER', 'COOK', 'COOK', 'HELPER', 'HELPER', 'STOREKEEPER', 'SERVER', 'CLEANER'];
const KINDS = ['PRIMARY', 'JUNIOR_MIDDLE', 'NINE_YEAR', 'HIGH'] as const;
const AGE_GROUPS: Record<(typeof KINDS)[number], string> = {
  PRIMARY: 'AGE_9_11',
  JUNIOR_MIDDLE: 'AGE_12_14',
  NINE_YEAR: 'AGE_9_11',
  HIGH: 'AGE_15_17',
};

/** Adds days to a YYYY-MM-DD date. */
export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of a date's week. */
const mondayOf = (day: string) => shiftDay(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** A local time of a school day (Asia/Shanghai, UTC+8) as the DATETIME(6) UTC text the columns hold. */
const at = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - 8) * 60 + minute) * 60_000).toISOString().slice(0, 23).replace('T', ' ');

/** The current term: from 1 September (or 1 March before August) up to yesterday. */
export function currentTerm(today = todayIn(DEFAULT_TIME_ZONE)): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const from = month >= 9 ? `${year}-09-01` : month >= 3 ? `${year}-03-01` : `${year - 1}-09-01`;
  return { from, to: shiftDay(today, -1) };
}

/**
 * Generates the schools and their term into the canteen database (seeded: the demo district's
 * catalogue is there) and adds the schools to the directory. Prints nothing; returns counts and timings.
 */
export async function generateCanteens(
  canteenUrl: string,
  directoryUrl: string,
  ingredients: CanteenIngredient[],
  plan: CanteenPlan,
): Promise<CanteenData> {
  const started = Date.now();
  const random = generator(20260901);
  const district = DEMO_DISTRICT.id;
  const { from, to } = currentTerm();
  const days = schoolDaysBetween(from, to);
  if (!days.length) throw new Error(`no school day between ${from} and ${to}`);
  if (ingredients.length < Object.keys(USE_PER_PORTION).length) throw new Error(`the catalogue has only ${ingredients.length} ingredients`);
  const used = ingredients.slice(0, Object.keys(USE_PER_PORTION).length);
  const now = new Date().toISOString().slice(0, 23).replace('T', ' ');

  const canteenDb = [await connect(canteenUrl), await connect(canteenUrl)];
  const directory = await connect(directoryUrl);
  const all = [...canteenDb, directory];
  try {
    for (const c of all) await c.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    const pipeline = new Pipeline(canteenDb);
    const table = (name: string, columns: string[]) => new Table(name, columns, pipeline, plan.batchRows);
    const t = {
      school: table('known_school', ['schoolId', 'districtId', 'kind', 'active', 'timeZone', 'lastEventId', 'updatedAt']),
      campus: table('known_campus', ['campusId', 'districtId', 'schoolId', 'active', 'lastEventId', 'updatedAt']),
      staff: table('known_staff', ['staffId', 'districtId', 'schoolId', 'posts', 'active', 'lastEventId', 'updatedAt']),
      canteen: table('canteen', [
        'id',
        'districtId',
        'schoolId',
        'campusId',
        'name',
        'licenceNumber',
        'licenceExpiresOn',
        'foodSafetyManagerStaffId',
        'operation',
        'contractorSupplierId',
      ]),
      location: table('storage_location', ['id', 'districtId', 'schoolId', 'canteenId', 'name', 'kind']),
      roster: table('canteen_staff_member', ['id', 'districtId', 'schoolId', 'canteenId', 'staffId', 'post', 'joinedOn', 'leftOn']),
      certificate: table('health_certificate', [
        'id',
        'districtId',
        'schoolId',
        'staffId',
        'number',
        'issuedOn',
        'expiresOn',
        'recordedBy',
      ]),
      check: table('morning_check', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'staffId',
        'checkedOn',
        'temperatureTenths',
        'symptoms',
        'passed',
        'failures',
        'certificateId',
        'remarks',
        'checkedBy',
      ]),
      dish: table('dish', ['id', 'districtId', 'schoolId', 'name', 'note', 'createdByAccountId']),
      week: table('menu_week', ['id', 'districtId', 'schoolId', 'canteenId', 'weekStart', 'ageGroup', 'status', 'publishedAt']),
      dayCheck: table('menu_day_check', ['id', 'districtId', 'schoolId', 'canteenId', 'menuWeekId', 'servedOn', 'passes']),
      service: table('meal_service', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'servedOn',
        'meal',
        'portionsPlannedStudents',
        'portionsPlannedStaff',
        'portionsServedStudents',
        'portionsServedStaff',
        'lockedAt',
        'lockedByAccountId',
        'samplesCheckedAt',
        'sampleMissingRaisedAt',
        'plannedByAccountId',
      ]),
      serviceDish: table('meal_service_dish', ['id', 'districtId', 'schoolId', 'mealServiceId', 'dishId', 'dishName', 'position']),
      sample: table('food_sample', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'mealServiceId',
        'dishId',
        'grams',
        'takenAt',
        'takenByStaffId',
        'locationId',
        'keepUntil',
        'minGramsAtTaking',
        'note',
        'recordedByAccountId',
      ]),
      lot: table('stock_lot', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'locationId',
        'ingredientId',
        'deliveryItemId',
        'supplierId',
        'batchNumber',
        'productionDate',
        'expiresOn',
        'baseUnit',
        'receivedQuantity',
        'balance',
        'costFen',
        'balanceCostFen',
        'receivedOn',
      ]),
      movement: table('stock_movement', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'lotId',
        'kind',
        'baseUnit',
        'quantity',
        'costFen',
        'mealServiceId',
        'sourceId',
        'byAccountId',
        'at',
        'reason',
      ]),
      accompanied: table('accompanied_meal', [
        'id',
        'districtId',
        'schoolId',
        'canteenId',
        'servedOn',
        'meal',
        'mealServiceId',
        'leaderAccountId',
        'leaderStaffId',
        'rating',
        'remarks',
      ]),
    };
    const tables = Object.values(t);

    const canteens: GeneratedCanteen[] = [];
    const directorySchools: string[] = [];
    let missingSamples = 0;
    // Days grouped by week (a lot per ingredient and week).
    const weeks = new Map<string, string[]>();
    for (const day of days) weeks.set(mondayOf(day), [...(weeks.get(mondayOf(day)) ?? []), day]);

    for (let n = 1; n <= plan.schools; n += 1) {
      const s = newId();
      const kind = KINDS[n % KINDS.length];
      const students = 300 + Math.floor(random() * 2700);
      const staffCount = Math.round(students / 15);
      const q = (value: string) => canteenDb[0].escape(value);
      directorySchools.push(
        `(${str(s)}, ${str(district)}, ${str(`2134${String(100000 + n)}`)}, ${directory.escape(`Bench Canteen School ${n} (食堂测试学校${n})`)}, ${str(kind)}, ${str(`${n} Canteen Road`)}, ${students}, 1, 'Asia/Shanghai')`,
      );
      t.school.push(`(${str(s)}, ${str(district)}, ${str(kind)}, 1, 'Asia/Shanghai', ${str(newId())}, ${str(now)})`);
      const campus = newId();
      t.campus.push(`(${str(campus)}, ${str(district)}, ${str(s)}, 1, ${str(newId())}, ${str(now)})`);
      const canteen = newId();
      const manager = newId();
      const principal = newId();
      t.canteen.push(
        `(${str(canteen)}, ${str(district)}, ${str(s)}, ${str(campus)}, ${q(`Canteen ${n} (食堂${n})`)}, ${str(`JY2330100${String(10000 + n)}`)}, '2029-06-30', NULL, 'SCHOOL_RUN', NULL)`,
      );
      const locations = ['DRY', 'CHILLED', 'FROZEN'].map((k) => ({ id: newId(), kind: k }));
      for (const l of locations)
        t.location.push(`(${str(l.id)}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(`${l.kind} store`)}, ${str(l.kind)})`);
      const chilled = locations[1].id;
      canteens.push({ schoolId: s, canteenId: canteen, chilledLocationId: chilled, managerAccountId: manager });

      // Roster, certificates (every 10th school: one expired mid-term, not renewed).
      const staff = POSTS.map((post) => ({ id: newId(), post, certificate: newId(), expires: '2027-06-30' }));
      if (n % 10 === 0) staff[3].expires = shiftDay(from, Math.floor(days.length * 0.6));
      for (const p of staff) {
        t.staff.push(`(${str(p.id)}, ${str(district)}, ${str(s)}, ${str(p.post)}, 1, ${str(newId())}, ${str(now)})`);
        t.roster.push(
          `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(p.id)}, ${str(p.post)}, ${str(shiftDay(from, -7))}, NULL)`,
        );
        t.certificate.push(
          `(${str(p.certificate)}, ${str(district)}, ${str(s)}, ${str(p.id)}, ${str(`JKZ${n}-${p.id.slice(-6)}`)}, ${str(shiftDay(p.expires, -365))}, ${str(p.expires)}, ${str(manager)})`,
        );
      }
      const dishes = Array.from({ length: 15 }, (_, i) => ({ id: newId(), name: `Dish ${i + 1} (菜品${i + 1})` }));
      for (const d of dishes) t.dish.push(`(${str(d.id)}, ${str(district)}, ${str(s)}, ${q(d.name)}, NULL, ${str(manager)})`);

      const prices = used.map(() => 2 + Math.floor(random() * 60)); // fen per 100 base units (g, mL) or per piece ×100
      for (const [monday, weekDays] of weeks) {
        const week = newId();
        t.week.push(
          `(${str(week)}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(monday)}, ${str(AGE_GROUPS[kind])}, 'PUBLISHED', ${str(at(shiftDay(monday, -3), 16))})`,
        );
        // The week's issues, then one lot per ingredient sized to them.
        const issues: { service: string; day: string; meal: number; ingredient: number; quantity: number }[] = [];
        for (const day of weekDays) {
          t.dayCheck.push(
            `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(week)}, ${str(day)}, ${random() < 1 / 12 ? 0 : 1})`,
          );
          for (const p of staff) {
            if (random() < 0.01) continue;
            const valid = p.expires >= day;
            const fever = random() < 0.002;
            t.check.push(
              `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(p.id)}, ${str(day)}, ${fever ? 382 : 360 + Math.floor(random() * 10)}, ${fever ? `'["FEVER"]'` : `'[]'`}, ${valid && !fever ? 1 : 0}, ${!valid ? `'["CERTIFICATE_EXPIRED"]'` : fever ? `'["TEMPERATURE"]'` : `'[]'`}, ${valid ? str(p.certificate) : 'NULL'}, NULL, ${str(manager)})`,
            );
          }
          for (const [m, meal] of MEALS.entries()) {
            const service = newId();
            const eating = meal === 'LUNCH' ? 0.9 : meal === 'BREAKFAST' ? 0.5 : 0.3;
            const planned = Math.round(students * eating);
            const served = Math.max(0, planned - Math.floor(random() * planned * 0.05));
            const staffServed = Math.round(staffCount * eating);
            const picked = [...dishes].sort(() => random() - 0.5).slice(0, DISHES_PER_MEAL[m]);
            let missing = false;
            for (const [i, d] of picked.entries()) {
              t.serviceDish.push(`(${str(newId())}, ${str(district)}, ${str(s)}, ${str(service)}, ${str(d.id)}, ${q(d.name)}, ${i + 1})`);
              if (random() < 0.005) {
                missing = true;
                missingSamples += 1;
                continue;
              }
              const taken = at(day, [7, 11, 17][m], 20);
              t.sample.push(
                `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(service)}, ${str(d.id)}, ${125 + Math.floor(random() * 60)}, ${str(taken)}, ${str(staff[1].id)}, ${str(chilled)}, ${str(at(day, [7, 11, 17][m] + 48, 20))}, 125, NULL, ${str(manager)})`,
              );
            }
            const end = at(day, [8, 13, 19][m], 30);
            t.service.push(
              `(${str(service)}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(day)}, ${str(meal)}, ${planned}, ${staffServed}, ${served}, ${staffServed}, ${str(end)}, ${str(manager)}, ${str(end)}, ${missing ? str(end) : 'NULL'}, ${str(manager)})`,
            );
            if (meal === 'LUNCH' && random() < 0.9)
              t.accompanied.push(
                `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(day)}, 'LUNCH', ${str(service)}, ${str(principal)}, NULL, ${1 + Math.floor(random() * 5)}, NULL)`,
              );
            for (const [i] of used.entries()) {
              const perPortion = USE_PER_PORTION[i][m];
              if (perPortion > 0) issues.push({ service, day, meal: m, ingredient: i, quantity: perPortion * (served + staffServed) });
            }
          }
        }
        for (const [i, ingredient] of used.entries()) {
          const mine = issues.filter((x) => x.ingredient === i && x.quantity > 0);
          if (!mine.length) continue;
          const lot = newId();
          const received = Math.ceil(mine.reduce((sum, x) => sum + x.quantity, 0) * 1.1);
          const cost = Math.max(1, Math.round((received * prices[i]) / 100));
          let balance = received;
          let balanceCost = cost;
          const receivedOn = weekDays[0];
          t.movement.push(
            `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(lot)}, 'RECEIPT', ${str(ingredient.baseUnit)}, ${received}, ${cost}, NULL, NULL, ${str(manager)}, ${str(at(receivedOn, 7))}, NULL)`,
          );
          for (const x of mine) {
            // Exact split: a share of the cost by quantity, and the issue that empties the lot takes what is left.
            const share = x.quantity === balance ? balanceCost : Math.floor((x.quantity * cost) / received);
            balance -= x.quantity;
            balanceCost -= share;
            t.movement.push(
              `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(lot)}, 'ISSUE', ${str(ingredient.baseUnit)}, ${-x.quantity}, ${-share}, ${str(x.service)}, NULL, ${str(manager)}, ${str(at(x.day, [6, 10, 16][x.meal], 30))}, NULL)`,
            );
          }
          const location = ingredient.baseUnit === 'PIECE' ? locations[1].id : locations[i % 3].id;
          t.lot.push(
            `(${str(lot)}, ${str(district)}, ${str(s)}, ${str(canteen)}, ${str(location)}, ${str(ingredient.id)}, NULL, NULL, ${str(`B${receivedOn.replace(/-/g, '')}-${i}`)}, ${str(shiftDay(receivedOn, -2))}, ${str(shiftDay(receivedOn, 60))}, ${str(ingredient.baseUnit)}, ${received}, ${balance}, ${cost}, ${balanceCost}, ${str(receivedOn)})`,
          );
        }
      }
      for (const x of tables) await x.pump();
    }
    for (const x of tables) await x.pump(true);
    for (let i = 0; i < directorySchools.length; i += plan.batchRows) {
      await directory.query(
        `INSERT INTO \`school\` (\`id\`, \`districtId\`, \`code\`, \`name\`, \`kind\`, \`address\`, \`studentCount\`, \`active\`, \`timeZone\`) VALUES ${directorySchools.slice(i, i + plan.batchRows).join(',\n')}`,
      );
    }
    await pipeline.finish();
    const generateMs = Date.now() - started;

    const analyzed = Date.now();
    await canteenDb[0].query(`ANALYZE TABLE ${tables.map((x) => `\`${x.name}\``).join(', ')}`);
    await directory.query('ANALYZE TABLE `school`');
    const analyzeMs = Date.now() - analyzed;

    // The invariants, in SQL over the whole canteen database (the demo's own stock included).
    const c = canteenDb[0];
    const count = async (name: string, sql: string) => {
      const started = Date.now();
      const [rows] = await c.query(sql);
      return { name, failures: Number((rows as { n: string }[])[0].n), ms: Date.now() - started };
    };
    // Compared in code rather than one join: the per-lot sums come from one GROUP BY over the movements.
    const movementsCheck = async () => {
      const started = Date.now();
      const [sums] = await c.query('SELECT lotId, SUM(quantity) AS q, SUM(costFen) AS c FROM stock_movement GROUP BY lotId');
      const [lots] = await c.query('SELECT id, balance, balanceCostFen FROM stock_lot');
      const byLot = new Map((sums as { lotId: string; q: string; c: string }[]).map((r) => [r.lotId, r]));
      let failures = 0;
      for (const lot of lots as { id: string; balance: string; balanceCostFen: string }[]) {
        const m = byLot.get(lot.id);
        if (!m || Number(m.q) !== Number(lot.balance) || Number(m.c) !== Number(lot.balanceCostFen)) failures += 1;
        byLot.delete(lot.id);
      }
      return {
        name: 'lots whose movements do not sum to their balance and remaining cost (or movements without a lot)',
        failures: failures + byLot.size,
        ms: Date.now() - started,
      };
    };
    const checks = [
      await movementsCheck(),
      await count(
        'lots with a negative balance or remaining cost',
        'SELECT COUNT(*) AS n FROM stock_lot WHERE balance < 0 OR balanceCostFen < 0',
      ),
      await count(
        'lots issued more cost than they cost',
        `SELECT COUNT(*) AS n FROM (SELECT l.id FROM stock_lot l JOIN stock_movement m ON m.lotId = l.id AND m.kind = 'ISSUE' GROUP BY l.id, l.costFen HAVING -SUM(m.costFen) > l.costFen) x`,
      ),
      await count(
        'issues to a meal service of another canteen',
        'SELECT COUNT(*) AS n FROM stock_movement m JOIN meal_service s ON s.id = m.mealServiceId WHERE s.canteenId <> m.canteenId',
      ),
      await count(
        'morning checks of people not on the roster',
        'SELECT COUNT(*) AS n FROM morning_check mc LEFT JOIN canteen_staff_member r ON r.canteenId = mc.canteenId AND r.staffId = mc.staffId WHERE r.id IS NULL',
      ),
    ];
    return {
      from,
      to,
      schoolDays: days.length,
      canteens,
      rows: { 'directory.school (added)': directorySchools.length, ...Object.fromEntries(tables.map((x) => [x.name, x.count])) },
      statements: pipeline.statements + Math.ceil(directorySchools.length / plan.batchRows),
      generateMs,
      analyzeMs,
      checks,
      missingSamples,
    };
  } finally {
    await Promise.allSettled(all.map((c) => c.end()));
  }
}
