import { DEFAULT_TIME_ZONE, isSchoolDay, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { connect, generator, Pipeline, str, Table } from './district';

/**
 * The facilities part of `npm run bench -- facilities`: a district's asset registers and a year of
 * meter readings, written straight into the (seeded) facilities database with multi-row INSERTs, as
 * canteen-data.ts does for the canteen.
 *
 * What is generated, per school:
 * - directory: the school (`school`) in the demo district; the facilities copy of it (`known_school`)
 *   and one campus (`known_campus`);
 * - 2 buildings of 5 floors with 5 rooms a floor (50 rooms: classrooms, labs, offices, a storeroom),
 *   each room with its own QR code;
 * - `assets` fixed assets (固定资产, 2,000 by default) with unique tags, a class of the standard
 *   classification (computers, whiteboards, air conditioners, desks, kitchen equipment, books…) and its
 *   useful life, a cost, an acquisition day in the last 12 years, a room (90 %), a status (80 % in use,
 *   8 % idle, 3 % under repair, 2 % lent, 7 % disposed with the day of disposal), and the REGISTERED
 *   history row (`asset_event`) each card starts with;
 * - 3 meters: the campus's main water meter (总水表) read at 07:00 and 19:00, an electricity meter with a
 *   CT ratio of 40 on the teaching building and a gas meter read at 08:00, each with a year of readings up
 *   to today (more on school days than on weekends and holidays; the calendar is `isSchoolDay`), and its
 *   latest reading kept on the meter as the service keeps it.
 * - `workOrders` repair work orders (维修工单, 150 by default) reported over the term before today, in
 *   rooms of the school, at every step of the flow (REPORTED … CLOSED, some REJECTED), some finished late,
 *   the started ones assigned to one of three maintenance staff, the accounted ones with their cost and
 *   the closed ones rated. The demo school First Experimental Primary gets the same, assigned among its
 *   electrician (the demo `maintenance` account's staff record) and two others: the measured queue.
 * Not generated, because the measured reports do not read them: departments, custodians, disposals,
 * stocktakes, storeroom, printing, anomalies, work-order steps.
 */

export interface FacilitiesPlan {
  schools: number;
  assets: number;
  /** Work orders per school over the term. */
  workOrders: number;
  batchRows: number;
  /** The month whose asset summary the reports are checked against, YYYY-MM. */
  month: string;
}

export interface GeneratedFacilitiesSchool {
  schoolId: string;
  name: string;
  /** Expected AssetSummary of `month`: assets not disposed acquired by its end, and their cost. */
  expected: { count: number; costFen: number };
  /** Expected RepairSummary of the term: work orders reported, finished, finished on time, accounted cost. */
  repairs: { reported: number; finished: number; onTime: number; costFen: number };
  meterIds: string[];
}

export interface FacilitiesData {
  from: string;
  to: string;
  /** The term the work orders were reported in (first and last day). */
  term: { from: string; to: string };
  /** The demo school's work orders assigned to the demo maintenance worker (the measured queue). */
  queue: { staffId: string; open: number; total: number };
  schools: GeneratedFacilitiesSchool[];
  rows: Record<string, number>;
  statements: number;
  generateMs: number;
  analyzeMs: number;
  checks: { name: string; failures: number; ms: number }[];
}

/** Classes assets are drawn from: (code, name, useful life in months, cost range in fen, weight). */
const CLASSES: [string, string, number, number, number, number][] = [
  ['2010100', '台式计算机', 72, 350_000, 800_000, 20],
  ['2010200', '便携式计算机', 72, 450_000, 900_000, 6],
  ['2010500', '打印机', 72, 120_000, 400_000, 5],
  ['2020200', '投影仪', 72, 300_000, 900_000, 6],
  ['2020300', '交互式电子白板一体机', 72, 900_000, 1_800_000, 8],
  ['2200100', '空调机', 60, 250_000, 900_000, 12],
  ['2320200', '音响设备', 60, 80_000, 500_000, 3],
  ['3140100', '炊事设备', 120, 500_000, 3_000_000, 2],
  ['3400100', '实验室仪器', 60, 100_000, 2_000_000, 10],
  ['3420000', '体育设备', 60, 100_000, 800_000, 5],
  ['5010000', '图书（批）', 0, 100_000, 1_500_000, 3],
  ['6010100', '课桌椅（45套）', 180, 800_000, 1_500_000, 10],
  ['6010200', '办公桌椅', 180, 80_000, 300_000, 7],
  ['6010300', '柜类', 180, 60_000, 250_000, 3],
];
const WEIGHT = CLASSES.reduce((sum, c) => sum + c[5], 0);
const STATUSES: [string, number][] = [
  ['IN_USE', 0.8],
  ['IDLE', 0.08],
  ['UNDER_REPAIR', 0.03],
  ['LENT', 0.02],
  ['DISPOSED', 0.07],
];
const ROOM_KINDS = ['CLASSROOM', 'CLASSROOM', 'CLASSROOM', 'LAB', 'OFFICE'];
const KINDS = ['PRIMARY', 'JUNIOR_MIDDLE', 'NINE_YEAR', 'HIGH'] as const;
/** Days of readings: a year up to today. */
const READING_DAYS = 365;

/** Days of work orders: a term (学期) up to yesterday. */
const TERM_DAYS = 120;
/** Where generated work orders got to: (status, share); finished ones from REPAIRED on. */
const ORDER_STATUSES: [string, number][] = [
  ['REPORTED', 0.06],
  ['COSTED', 0.05],
  ['APPROVED', 0.04],
  ['ASSIGNED', 0.05],
  ['IN_PROGRESS', 0.05],
  ['REPAIRED', 0.05],
  ['ACCOUNTED', 0.1],
  ['CLOSED', 0.55],
  ['REJECTED', 0.05],
];
const ORDER_CATEGORIES = ['ELECTRICAL', 'PLUMBING', 'CARPENTRY', 'BUILDING', 'EQUIPMENT', 'OTHER'];
const STARTED = new Set(['IN_PROGRESS', 'REPAIRED', 'ACCOUNTED', 'CLOSED']);
const ASSIGNED = new Set(['ASSIGNED', ...STARTED]);
const FINISHED = new Set(['REPAIRED', 'ACCOUNTED', 'CLOSED']);

/** A local hour (Asia/Shanghai, UTC+8) of a day as the DATETIME(6) UTC text the columns hold. */
const at = (day: string, hour: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000).toISOString().slice(0, 23).replace('T', ' ');

/** The last day of a month YYYY-MM. */
const lastDayOf = (month: string) => shiftDate(`${shiftDate(`${month}-28`, 7).slice(0, 7)}-01`, -1);

/**
 * Generates the schools' places, assets and meters into the facilities database (seeded: the demo
 * district is there) and adds the schools to the directory. Prints nothing; returns counts and timings.
 */
export async function generateFacilities(facilitiesUrl: string, directoryUrl: string, plan: FacilitiesPlan): Promise<FacilitiesData> {
  const started = Date.now();
  const random = generator(20261202);
  const district = DEMO_DISTRICT.id;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const from = shiftDate(today, -READING_DAYS);
  const monthEnd = lastDayOf(plan.month);
  const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
  const recorder = DEMO_ACCOUNTS.find((a) => a.username === 'storekeeper')?.id ?? DEMO_ACCOUNTS[0].id;
  const days = Array.from({ length: READING_DAYS }, (_, i) => shiftDate(from, i + 1));
  const schoolDay = new Map(days.map((d) => [d, isSchoolDay(d)]));

  const db = [await connect(facilitiesUrl), await connect(facilitiesUrl)];
  const directory = await connect(directoryUrl);
  const all = [...db, directory];
  try {
    for (const c of all) await c.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    const pipeline = new Pipeline(db);
    const table = (name: string, columns: string[]) => new Table(name, columns, pipeline, plan.batchRows);
    const t = {
      school: table('known_school', ['schoolId', 'districtId', 'kind', 'active', 'timeZone', 'lastEventId', 'updatedAt']),
      campus: table('known_campus', ['campusId', 'districtId', 'schoolId', 'active', 'lastEventId', 'updatedAt']),
      building: table('building', [
        'id',
        'districtId',
        'schoolId',
        'campusId',
        'name',
        'floorsAbove',
        'floorsBelow',
        'version',
        'createdAt',
      ]),
      room: table('room', [
        'id',
        'districtId',
        'schoolId',
        'buildingId',
        'campusId',
        'floor',
        'number',
        'name',
        'kind',
        'capacity',
        'qrCode',
        'version',
        'createdAt',
      ]),
      asset: table('fixed_asset', [
        'id',
        'districtId',
        'schoolId',
        'tagNumber',
        'name',
        'classCode',
        'model',
        'serialNumber',
        'acquiredOn',
        'costFen',
        'usefulLifeMonths',
        'purchaseRequestId',
        'roomId',
        'custodianStaffId',
        'status',
        'disposedOn',
        'version',
        'createdAt',
      ]),
      event: table('asset_event', [
        'id',
        'districtId',
        'schoolId',
        'assetId',
        'kind',
        'fromRoomId',
        'toRoomId',
        'fromCustodianStaffId',
        'toCustodianStaffId',
        'fromStatus',
        'toStatus',
        'reason',
        'source',
        'actorAccountId',
        'occurredAt',
      ]),
      meter: table('utility_meter', [
        'id',
        'districtId',
        'schoolId',
        'utility',
        'name',
        'serialNumber',
        'campusId',
        'buildingId',
        'multiplier',
        'active',
        'installedOn',
        'replacesMeterId',
        'lastReadAt',
        'lastValueThousandths',
        'version',
        'createdAt',
      ]),
      reading: table('meter_reading', [
        'id',
        'meterId',
        'readAt',
        'valueThousandths',
        'source',
        'note',
        'recordedByAccountId',
        'createdAt',
      ]),
    };
    const orderTables = {
      order: table('work_order', [
        'id',
        'districtId',
        'schoolId',
        'title',
        'description',
        'photoRefs',
        'category',
        'safety',
        'priority',
        'status',
        'source',
        'sourceRef',
        'roomId',
        'assetId',
        'reporterAccountId',
        'reporterStaffId',
        'reportedAt',
        'dueAt',
        'estimatedLabourFen',
        'estimatedMaterialsFen',
        'estimateFen',
        'resolution',
        'rejectionReason',
        'startedAt',
        'finishedAt',
        'repairMinutes',
        'actualLabourFen',
        'actualMaterialsFen',
        'contractorCostFen',
        'actualTotalFen',
        'rating',
        'ratedAt',
        'escalationLevel',
        'version',
        'createdAt',
        'updatedAt',
      ]),
      assignee: table('work_order_assignee', ['workOrderId', 'staffId', 'schoolId']),
    };
    const tables = [...Object.values(t), ...Object.values(orderTables)];
    const termFrom = shiftDate(today, -TERM_DAYS);
    const termStart = Date.parse(`${termFrom}T00:00:00+08:00`);
    const nowMs = Date.now();
    const sqlTime = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace('T', ' ');
    const fenOrNull = (fen: number | null) => (fen == null ? 'NULL' : String(fen));
    /** A term of work orders of a school in its rooms, assigned among `staff`: what its repair summary must say. */
    const workOrdersOf = (schoolId: string, rooms: string[], staff: string[]) => {
      const expected = { reported: 0, finished: 0, onTime: 0, costFen: 0 };
      const assignedTo = new Map<string, { open: number; total: number }>(staff.map((id) => [id, { open: 0, total: 0 }]));
      for (let i = 0; i < plan.workOrders; i += 1) {
        const id = newId();
        let u = random();
        const status = ORDER_STATUSES.find(([, share]) => (u -= share) < 0)?.[0] ?? 'CLOSED';
        const category = ORDER_CATEGORIES[Math.floor(random() * ORDER_CATEGORIES.length)];
        const priority = random() < 0.05 ? 'SAFETY' : random() < 0.2 ? 'URGENT' : 'NORMAL';
        const reportedMs = termStart + Math.floor(random() * (nowMs - termStart - 3_600_000));
        const dueMs = reportedMs + (priority === 'SAFETY' ? 12 : priority === 'URGENT' ? 24 : 96) * 3_600_000;
        const started = STARTED.has(status);
        const finished = FINISHED.has(status);
        // Most are finished in time; a fifth take twice as long as they had.
        const finishedMs = finished
          ? Math.min(nowMs, reportedMs + Math.floor((dueMs - reportedMs) * (random() < 0.8 ? 0.2 + random() * 0.7 : 1.2 + random())))
          : null;
        const costed = status !== 'REPORTED';
        const [labour, materials] = costed ? [5_000 + Math.floor(random() * 50_000), Math.floor(random() * 80_000)] : [null, null];
        const accounted = status === 'ACCOUNTED' || status === 'CLOSED';
        const actual = accounted ? [labour!, materials!, 0] : null;
        const rating = status === 'CLOSED' ? 1 + Math.floor(random() * 5) : null;
        const assignee = ASSIGNED.has(status) ? staff[i % staff.length] : null;
        orderTables.order.push(
          `(${str(id)}, ${str(district)}, ${str(schoolId)}, ${str(`Bench repair ${i + 1} (测试报修${i + 1})`)}, 'Generated for the bench.', '[]', ${str(category)}, ${priority === 'SAFETY' ? 1 : 0}, ${str(priority)}, ${str(status)}, 'STAFF', NULL, ${str(rooms[Math.floor(random() * rooms.length)])}, NULL, ${str(recorder)}, NULL, ${str(sqlTime(reportedMs))}, ${str(sqlTime(dueMs))}, ${fenOrNull(labour)}, ${fenOrNull(materials)}, ${costed ? labour! + materials! : 'NULL'}, ${costed && status !== 'REJECTED' ? "'IN_HOUSE'" : 'NULL'}, ${status === 'REJECTED' ? "'Not a repair.'" : 'NULL'}, ${started ? str(sqlTime(reportedMs + 3_600_000)) : 'NULL'}, ${finishedMs ? str(sqlTime(finishedMs)) : 'NULL'}, ${finishedMs ? Math.round((finishedMs - reportedMs) / 60_000) : 'NULL'}, ${actual ? actual[0] : 'NULL'}, ${actual ? actual[1] : 'NULL'}, ${actual ? 0 : 'NULL'}, ${actual ? actual[0] + actual[1] : 'NULL'}, ${rating ?? 'NULL'}, ${rating ? str(sqlTime(finishedMs!)) : 'NULL'}, 0, 1, ${str(now)}, ${str(now)})`,
        );
        if (assignee) {
          orderTables.assignee.push(`(${str(id)}, ${str(assignee)}, ${str(schoolId)})`);
          const count = assignedTo.get(assignee)!;
          count.total += 1;
          if (!finished) count.open += 1;
        }
        expected.reported += 1;
        if (finishedMs) {
          expected.finished += 1;
          if (finishedMs <= dueMs) expected.onTime += 1;
        }
        if (actual) expected.costFen += actual[0] + actual[1];
      }
      return { expected, assignedTo };
    };
    const demoSchool = DEMO_SCHOOLS.firstPrimary.id;
    const [demoRoomRows] = await db[0].query('SELECT id FROM room WHERE schoolId = ? ORDER BY id', [demoSchool]);
    const demoRooms = demoRoomRows as { id: string }[];
    const queueStaffId = demoStaffIdFor('firstPrimary', 'ELECTRICIAN');
    const demoOrders = workOrdersOf(
      demoSchool,
      demoRooms.map((r) => r.id),
      [queueStaffId, demoStaffIdFor('firstPrimary', 'PLUMBER'), demoStaffIdFor('firstPrimary', 'GARDENER')],
    );
    const queue = { staffId: queueStaffId, ...demoOrders.assignedTo.get(queueStaffId)! };
    const schools: GeneratedFacilitiesSchool[] = [];
    const directorySchools: string[] = [];

    for (let n = 1; n <= plan.schools; n += 1) {
      const s = newId();
      const name = `Bench Facilities School ${n} (后勤测试学校${n})`;
      const kind = KINDS[n % KINDS.length];
      const students = 300 + Math.floor(random() * 2700);
      directorySchools.push(
        `(${str(s)}, ${str(district)}, ${str(`2135${String(100000 + n)}`)}, ${directory.escape(name)}, ${str(kind)}, ${str(`${n} Facilities Road`)}, ${students}, 1, 'Asia/Shanghai')`,
      );
      t.school.push(`(${str(s)}, ${str(district)}, ${str(kind)}, 1, 'Asia/Shanghai', ${str(newId())}, ${str(now)})`);
      const campus = newId();
      t.campus.push(`(${str(campus)}, ${str(district)}, ${str(s)}, 1, ${str(newId())}, ${str(now)})`);

      // Places: 2 buildings × 5 floors × 5 rooms.
      const rooms: string[] = [];
      const buildings = ['Teaching Building (教学楼)', 'Laboratory Building (实验楼)'].map((b) => ({ id: newId(), name: b }));
      for (const [bi, b] of buildings.entries()) {
        t.building.push(`(${str(b.id)}, ${str(district)}, ${str(s)}, ${str(campus)}, ${str(b.name)}, 5, 0, 1, ${str(now)})`);
        for (let floor = 1; floor <= 5; floor += 1)
          for (let r = 1; r <= 5; r += 1) {
            const room = newId();
            const roomKind = bi === 0 && floor === 1 && r === 5 ? 'STOREROOM' : ROOM_KINDS[(floor + r) % ROOM_KINDS.length];
            const number = `${floor}0${r}`;
            const qr = `BF${n.toString(36).padStart(4, '0')}${(bi * 100 + floor * 10 + r).toString(36).padStart(6, '0')}`;
            t.room.push(
              `(${str(room)}, ${str(district)}, ${str(s)}, ${str(b.id)}, ${str(campus)}, ${floor}, ${str(number)}, ${str(`Room ${number} (${number}室)`)}, ${str(roomKind)}, ${roomKind === 'CLASSROOM' ? 45 : 'NULL'}, ${str(qr)}, 1, ${str(now)})`,
            );
            rooms.push(room);
          }
      }

      // Assets, each with its REGISTERED history row.
      const expected = { count: 0, costFen: 0 };
      for (let i = 1; i <= plan.assets; i += 1) {
        const id = newId();
        let pick = random() * WEIGHT;
        const cls = CLASSES.find((c) => (pick -= c[5]) < 0) ?? CLASSES[0];
        const cost = cls[3] + Math.floor(random() * (cls[4] - cls[3]));
        const acquiredOn = shiftDate(today, -Math.floor(random() * 365 * 12) - 1);
        let u = random();
        const status = STATUSES.find(([, share]) => (u -= share) < 0)?.[0] ?? 'IN_USE';
        const disposedOn =
          status === 'DISPOSED' ? shiftDate(acquiredOn, Math.floor(random() * Math.max(1, daysFrom(acquiredOn, today)))) : null;
        const room = random() < 0.9 ? rooms[Math.floor(random() * rooms.length)] : null;
        const tag = `BF${n}-${String(i).padStart(5, '0')}`;
        t.asset.push(
          `(${str(id)}, ${str(district)}, ${str(s)}, ${str(tag)}, ${str(cls[1])}, ${str(cls[0])}, NULL, ${str(`SN${n}X${i}`)}, ${str(acquiredOn)}, ${cost}, ${cls[2]}, NULL, ${room ? str(room) : 'NULL'}, NULL, ${str(status)}, ${disposedOn ? str(disposedOn) : 'NULL'}, 1, ${str(now)})`,
        );
        t.event.push(
          `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(id)}, 'REGISTERED', NULL, ${room ? str(room) : 'NULL'}, NULL, NULL, NULL, ${str(status === 'DISPOSED' ? 'IN_USE' : status)}, NULL, 'IMPORT', ${str(recorder)}, ${str(now)})`,
        );
        if (status !== 'DISPOSED' && acquiredOn <= monthEnd) {
          expected.count += 1;
          expected.costFen += cost;
        }
      }

      // Meters with a year of readings.
      const meterPlans = [
        {
          utility: 'WATER',
          name: 'Main water meter (总水表)',
          building: null,
          multiplier: 1,
          hours: [7, 19],
          perDay: 40_000,
          offDay: 4_000,
        },
        {
          utility: 'ELECTRICITY',
          name: 'Teaching Building electricity (教学楼电表)',
          building: buildings[0].id,
          multiplier: 40,
          hours: [8],
          perDay: 12_000,
          offDay: 2_500,
        },
        {
          utility: 'GAS',
          name: 'Canteen gas meter (食堂燃气表)',
          building: buildings[1].id,
          multiplier: 1,
          hours: [8],
          perDay: 60_000,
          offDay: 0,
        },
      ];
      const meterIds: string[] = [];
      for (const [mi, m] of meterPlans.entries()) {
        const meter = newId();
        meterIds.push(meter);
        let value = Math.floor(random() * 1_000_000) * 10;
        let lastAt = '';
        for (const day of days) {
          const base = schoolDay.get(day) ? m.perDay : m.offDay;
          for (const hour of m.hours) {
            // Each reading closes the stretch before it: the day's use split between the readings.
            value += Math.floor((base / m.hours.length) * (0.8 + random() * 0.4));
            lastAt = at(day, hour);
            t.reading.push(`(${str(newId())}, ${str(meter)}, ${str(lastAt)}, ${value}, 'IMPORT', NULL, ${str(recorder)}, ${str(now)})`);
          }
        }
        t.meter.push(
          `(${str(meter)}, ${str(district)}, ${str(s)}, ${str(m.utility)}, ${str(m.name)}, ${str(`BFM${n}-${mi + 1}`)}, ${str(campus)}, ${m.building ? str(m.building) : 'NULL'}, ${m.multiplier}, 1, ${str(from)}, NULL, ${str(lastAt)}, ${value}, 1, ${str(now)})`,
        );
      }
      const repairs = workOrdersOf(s, rooms, [newId(), newId(), newId()]).expected;
      schools.push({ schoolId: s, name, expected, repairs, meterIds });
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
    await db[0].query(`ANALYZE TABLE ${tables.map((x) => `\`${x.name}\``).join(', ')}`);
    await directory.query('ANALYZE TABLE `school`');
    const analyzeMs = Date.now() - analyzed;

    // The invariants, in SQL over the whole facilities database (the demo's own data included).
    const c = db[0];
    const count = async (name: string, sql: string, parameters: unknown[] = []) => {
      const started = Date.now();
      const [rows] = await c.query(sql, parameters);
      return { name, failures: Number((rows as { n: string }[])[0].n), ms: Date.now() - started };
    };
    const ids = schools.map((x) => x.schoolId);
    const checks = [
      await count(
        `generated schools without exactly ${plan.assets} assets`,
        `SELECT ? - COUNT(*) AS n FROM (SELECT schoolId FROM fixed_asset WHERE schoolId IN (?) GROUP BY schoolId HAVING COUNT(*) = ?) x`,
        [ids.length, ids, plan.assets],
      ),
      await count(
        'assets in a room of another school',
        'SELECT COUNT(*) AS n FROM fixed_asset a JOIN room r ON r.id = a.roomId WHERE r.schoolId <> a.schoolId',
      ),
      await count(
        'assets without their REGISTERED history row',
        `SELECT COUNT(*) AS n FROM fixed_asset a LEFT JOIN asset_event e ON e.assetId = a.id AND e.kind = 'REGISTERED' WHERE e.id IS NULL`,
      ),
      await count(
        'assets disposed without a disposal day, or with one and not disposed',
        `SELECT COUNT(*) AS n FROM fixed_asset WHERE (status = 'DISPOSED') <> (disposedOn IS NOT NULL)`,
      ),
      await count(
        'rooms of another school or campus than their building',
        'SELECT COUNT(*) AS n FROM room r JOIN building b ON b.id = r.buildingId WHERE b.schoolId <> r.schoolId OR b.campusId <> r.campusId',
      ),
      await count(
        'meters whose latest reading is not the one kept on the meter',
        `SELECT COUNT(*) AS n FROM utility_meter m LEFT JOIN meter_reading r ON r.meterId = m.id AND r.readAt = m.lastReadAt
          WHERE m.lastReadAt IS NOT NULL AND (r.id IS NULL OR r.valueThousandths <> m.lastValueThousandths
            OR EXISTS (SELECT 1 FROM meter_reading later WHERE later.meterId = m.id AND later.readAt > m.lastReadAt))`,
      ),
      await count(
        'generated readings lower than the one before them',
        `SELECT COUNT(*) AS n FROM (SELECT valueThousandths - LAG(valueThousandths) OVER (PARTITION BY meterId ORDER BY readAt) AS d
          FROM meter_reading WHERE meterId IN (?)) x WHERE d < 0`,
        [schools.flatMap((x) => x.meterIds)],
      ),
      await count(
        'work orders finished before they were reported, or timed wrongly',
        `SELECT COUNT(*) AS n FROM work_order WHERE finishedAt < reportedAt OR (finishedAt IS NULL) <> (repairMinutes IS NULL)`,
      ),
      await count(
        'work orders assigned to staff of another school',
        'SELECT COUNT(*) AS n FROM work_order_assignee a JOIN work_order o ON o.id = a.workOrderId WHERE o.schoolId <> a.schoolId',
      ),
    ];
    // The queue holds the demo's own work orders of the worker too (the seed's repairs and maintenance).
    const [assigned] = await c.query('SELECT COUNT(*) AS n FROM work_order_assignee WHERE staffId = ?', [queue.staffId]);
    const demoAssigned = Number((assigned as { n: string }[])[0].n) - queue.total;
    return {
      from: shiftDate(from, 1),
      to: today,
      term: { from: termFrom, to: today },
      queue: { ...queue, total: queue.total + demoAssigned },
      schools,
      rows: { 'directory.school (added)': directorySchools.length, ...Object.fromEntries(tables.map((x) => [x.name, x.count])) },
      statements: pipeline.statements + Math.ceil(directorySchools.length / plan.batchRows),
      generateMs,
      analyzeMs,
      checks,
    };
  } finally {
    await Promise.allSettled(all.map((x) => x.end()));
  }
}

/** Whole days from one date to a later one. */
function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
