import { DEFAULT_TIME_ZONE, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT } from '@houqin/demo';
import { connect, generator, Pipeline, ref, str, Table } from './district';

/**
 * The safety part of `npm run bench -- safety`: a district's year of inspection rounds and hazards,
 * written straight into the (seeded) safety database with multi-row INSERTs, as facilities-data.ts does.
 *
 * What is generated, per school:
 * - directory: the school (`school`) in the demo district; safety's copy of it (`known_school`) and one
 *   campus (`known_campus`);
 * - inspection rounds (检查记录) of the district's two generated templates over the year before today: a
 *   monthly school-wide round on the 1st (due the 5th) and a daily canteen round on every weekday (due the
 *   same day), submitted (8 % late, with 0–2 failed items) except the last few days' (open);
 * - `hazards` hazards (隐患, 150 by default) reported over the year, 55 % from rounds, 35 % reported, 10 %
 *   from the equipment register; 4 % major; at every step of their flow (most closed), the assigned ones
 *   with a deadline 7 days after the report (some not rectified by it: overdue), the rectified ones with
 *   the minutes it took.
 * Not generated, because the measured reports do not read them: answers, schedules, zones, equipment,
 * trainings, steps.
 */

export interface SafetyPlan {
  schools: number;
  hazards: number;
  batchRows: number;
}

export interface GeneratedSafetySchool {
  schoolId: string;
  name: string;
  /** Open hazards now (not closed) and the major ones among them. */
  open: number;
  openMajor: number;
  /** Rounds due last month and submitted among them. */
  roundsDue: number;
  roundsSubmitted: number;
}

export interface SafetyData {
  from: string;
  to: string;
  /** Last month, as the completion report is measured on. */
  month: { from: string; to: string };
  schools: GeneratedSafetySchool[];
  rows: Record<string, number>;
  statements: number;
  generateMs: number;
  analyzeMs: number;
  checks: { name: string; failures: number; ms: number }[];
}

const KINDS = ['PRIMARY', 'JUNIOR_MIDDLE', 'NINE_YEAR', 'HIGH'] as const;
const DAYS = 365;
const STATUSES: [string, number][] = [
  ['REPORTED', 0.05],
  ['ASSIGNED', 0.05],
  ['RECTIFYING', 0.08],
  ['RECTIFIED', 0.05],
  ['VERIFIED', 0.02],
  ['CLOSED', 0.75],
];
const ASSIGNED = new Set(['ASSIGNED', 'RECTIFYING', 'RECTIFIED', 'VERIFIED', 'CLOSED']);
const RECTIFIED = new Set(['RECTIFIED', 'VERIFIED', 'CLOSED']);
const TITLES = [
  '消防通道堆放杂物',
  '灭火器压力不足',
  '配电箱未上锁',
  '楼梯扶手松动',
  '应急灯不亮',
  '教室插座松动',
  '围墙裂缝',
  '燃气软管老化',
];

/** A local hour (Asia/Shanghai, UTC+8) of a day as the DATETIME(3) UTC text the columns hold. */
const at = (day: string, hour: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000).toISOString().slice(0, 23).replace('T', ' ');
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export async function generateSafety(safetyUrl: string, directoryUrl: string, plan: SafetyPlan): Promise<SafetyData> {
  const started = Date.now();
  const random = generator(20261203);
  const pick = <T>(weights: [T, number][]) => {
    let r = random();
    for (const [value, w] of weights) if ((r -= w) < 0) return value;
    return weights[weights.length - 1][0];
  };
  const district = DEMO_DISTRICT.id;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const from = shiftDate(today, -DAYS);
  const monthFrom = `${shiftDate(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const monthTo = shiftDate(`${today.slice(0, 7)}-01`, -1);
  const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
  const officer = DEMO_ACCOUNTS.find((a) => a.username === 'safety')?.id ?? DEMO_ACCOUNTS[0].id;
  const days = Array.from({ length: DAYS }, (_, i) => shiftDate(from, i + 1));

  const db = [await connect(safetyUrl), await connect(safetyUrl)];
  const directory = await connect(directoryUrl);
  const all = [...db, directory];
  try {
    for (const c of all) await c.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    const pipeline = new Pipeline(db);
    const table = (name: string, columns: string[]) => new Table(name, columns, pipeline, plan.batchRows);
    const t = {
      school: table('known_school', ['schoolId', 'districtId', 'kind', 'active', 'timeZone', 'lastEventId', 'updatedAt']),
      campus: table('known_campus', ['campusId', 'districtId', 'schoolId', 'active', 'lastEventId', 'updatedAt']),
      template: table('inspection_template', [
        'id',
        'districtId',
        'schoolId',
        'name',
        'cadence',
        'currentVersion',
        'active',
        'version',
        'createdAt',
      ]),
      templateVersion: table('inspection_template_version', [
        'id',
        'districtId',
        'templateId',
        'number',
        'sections',
        'createdByAccountId',
        'createdAt',
      ]),
      round: table('inspection_round', [
        'id',
        'districtId',
        'schoolId',
        'templateId',
        'templateVersionId',
        'title',
        'scheduleId',
        'scheduledOn',
        'dueOn',
        'assigneeStaffId',
        'zoneId',
        'status',
        'submittedAt',
        'submittedByAccountId',
        'late',
        'failedCount',
        'version',
        'createdAt',
      ]),
      hazard: table('hazard', [
        'id',
        'districtId',
        'schoolId',
        'title',
        'description',
        'photoRefs',
        'level',
        'status',
        'source',
        'sourceRef',
        'roundId',
        'zoneId',
        'roomId',
        'location',
        'reporterAccountId',
        'reportedAt',
        'responsibleStaffId',
        'measure',
        'fundsFen',
        'deadline',
        'contingencyPlan',
        'workOrderId',
        'awaitingRepair',
        'evidence',
        'evidencePhotoRefs',
        'rectifiedByAccountId',
        'rectifiedAt',
        'rectifyMinutes',
        'verifiedByAccountId',
        'verifiedAt',
        'failedVerifications',
        'closedAt',
        'escalationLevel',
        'version',
        'createdAt',
      ]),
    };
    const tables = Object.values(t);
    // The district's two templates (the demo's own are left as they are).
    const sections = JSON.stringify([
      { title: '检查', items: [{ text: '安全出口畅通', kind: 'PASS_FAIL', required: true, photoRequired: false, hazardLevel: 'GENERAL' }] },
    ]);
    const templates = [
      { id: newId(), version: newId(), name: 'Bench 每月全校安全检查', cadence: 'MONTHLY' },
      { id: newId(), version: newId(), name: 'Bench 食堂每日检查', cadence: 'DAILY' },
    ];
    for (const tp of templates) {
      t.template.push(`(${str(tp.id)}, ${str(district)}, NULL, ${str(tp.name)}, ${str(tp.cadence)}, 1, 1, 1, ${str(now)})`);
      t.templateVersion.push(
        `(${str(tp.version)}, ${str(district)}, ${str(tp.id)}, 1, ${directory.escape(sections)}, ${str(officer)}, ${str(now)})`,
      );
    }

    const schools: GeneratedSafetySchool[] = [];
    const directorySchools: string[] = [];
    for (let n = 1; n <= plan.schools; n += 1) {
      const s = newId();
      const name = `Bench Safety School ${n} (安全测试学校${n})`;
      const kind = KINDS[n % KINDS.length];
      directorySchools.push(
        `(${str(s)}, ${str(district)}, ${str(`2145${String(100000 + n)}`)}, ${directory.escape(name)}, ${str(kind)}, ${str(`${n} Safety Road`)}, ${300 + Math.floor(random() * 2700)}, 1, 'Asia/Shanghai')`,
      );
      t.school.push(`(${str(s)}, ${str(district)}, ${str(kind)}, 1, 'Asia/Shanghai', ${str(newId())}, ${str(now)})`);
      t.campus.push(`(${str(newId())}, ${str(district)}, ${str(s)}, 1, ${str(newId())}, ${str(now)})`);
      const inspector = newId();
      const staff = [newId(), newId(), newId()];

      // A year of rounds: the monthly one on the 1st (due the 5th), the canteen one every weekday (due the same day).
      const roundIds: string[] = [];
      let roundsDue = 0;
      let roundsSubmitted = 0;
      for (const day of days) {
        const due: [(typeof templates)[number], string][] = [];
        if (day.endsWith('-01')) due.push([templates[0], shiftDate(day, 4)]);
        if (weekday(day) >= 1 && weekday(day) <= 5) due.push([templates[1], day]);
        for (const [tp, dueOn] of due) {
          const open = dueOn >= shiftDate(today, -2);
          const late = !open && random() < 0.08;
          const failed = open ? 0 : random() < 0.1 ? 1 + Math.floor(random() * 2) : 0;
          const id = newId();
          roundIds.push(id);
          if (dueOn >= monthFrom && dueOn <= monthTo) {
            roundsDue += 1;
            if (!open) roundsSubmitted += 1;
          }
          const submittedAt = open ? 'NULL' : str(at(late ? shiftDate(dueOn, 1) : dueOn, 16));
          t.round.push(
            `(${str(id)}, ${str(district)}, ${str(s)}, ${str(tp.id)}, ${str(tp.version)}, ${str(tp.name)}, NULL, ${str(day)}, ${str(dueOn)}, ${str(inspector)}, NULL, ${str(open ? 'OPEN' : 'SUBMITTED')}, ${submittedAt}, ${open ? 'NULL' : str(officer)}, ${late ? 1 : 0}, ${failed}, 1, ${str(at(day, 7))})`,
          );
        }
      }

      // A year of hazards.
      let open = 0;
      let openMajor = 0;
      for (let h = 0; h < plan.hazards; h += 1) {
        const day = days[Math.floor(random() * DAYS)];
        const status = pick(STATUSES);
        const level = random() < 0.04 ? 'MAJOR' : 'GENERAL';
        const source = pick<string>([
          ['INSPECTION', 0.55],
          ['REPORT', 0.35],
          ['EQUIPMENT', 0.1],
        ]);
        const reportedAt = at(day, 9 + Math.floor(random() * 8));
        const assigned = ASSIGNED.has(status);
        const rectified = RECTIFIED.has(status);
        const minutes = 60 + Math.floor(random() * 7 * 24 * 60);
        const rectifiedAt = new Date(Date.parse(`${reportedAt.replace(' ', 'T')}Z`) + minutes * 60_000)
          .toISOString()
          .slice(0, 23)
          .replace('T', ' ');
        const deadline = assigned ? shiftDate(day, 7) : null;
        if (status !== 'CLOSED') {
          open += 1;
          if (level === 'MAJOR') openMajor += 1;
        }
        t.hazard.push(
          `(${str(newId())}, ${str(district)}, ${str(s)}, ${str(TITLES[h % TITLES.length])}, '生成的隐患', '[]', ${str(level)}, ${str(status)}, ${str(source)}, ${source === 'REPORT' ? 'NULL' : str(newId())}, ${source === 'INSPECTION' ? str(roundIds[Math.floor(random() * roundIds.length)]) : 'NULL'}, NULL, NULL, '教学楼', ${source === 'EQUIPMENT' ? 'NULL' : str(officer)}, ${str(reportedAt)}, ${assigned ? str(staff[h % 3]) : 'NULL'}, ${assigned ? "'清理整改'" : 'NULL'}, ${assigned ? 0 : 'NULL'}, ${ref(deadline)}, ${assigned ? "'设置警示'" : 'NULL'}, NULL, 0, ${rectified ? "'已整改'" : 'NULL'}, '[]', ${rectified ? str(officer) : 'NULL'}, ${rectified ? str(rectifiedAt) : 'NULL'}, ${rectified ? minutes : 'NULL'}, ${status === 'VERIFIED' || status === 'CLOSED' ? str(officer) : 'NULL'}, ${status === 'VERIFIED' || status === 'CLOSED' ? str(rectifiedAt) : 'NULL'}, 0, ${status === 'CLOSED' ? str(rectifiedAt) : 'NULL'}, 0, 1, ${str(reportedAt)})`,
        );
      }
      schools.push({ schoolId: s, name, open, openMajor, roundsDue, roundsSubmitted });
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

    const c = db[0];
    const count = async (name: string, sql: string, parameters: unknown[] = []) => {
      const started = Date.now();
      const [rows] = await c.query(sql, parameters);
      return { name, failures: Number((rows as { n: string }[])[0].n), ms: Date.now() - started };
    };
    const checks = [
      await count(
        `generated schools without exactly ${plan.hazards} hazards`,
        'SELECT ? - COUNT(*) AS n FROM (SELECT schoolId FROM hazard WHERE schoolId IN (?) GROUP BY schoolId HAVING COUNT(*) = ?) x',
        [schools.length, schools.map((x) => x.schoolId), plan.hazards],
      ),
      await count('hazards rectified before they were reported', 'SELECT COUNT(*) AS n FROM hazard WHERE rectifiedAt < reportedAt'),
      await count(
        'hazards whose state and rectification disagree',
        `SELECT COUNT(*) AS n FROM hazard WHERE (status IN ('RECTIFIED', 'VERIFIED', 'CLOSED')) <> (rectifiedAt IS NOT NULL)`,
      ),
      await count(
        'hazards raised by a round of another school',
        'SELECT COUNT(*) AS n FROM hazard h JOIN inspection_round r ON r.id = h.roundId WHERE r.schoolId <> h.schoolId',
      ),
      await count(
        'rounds submitted without a submission time, or open with one',
        `SELECT COUNT(*) AS n FROM inspection_round WHERE (status = 'SUBMITTED') <> (submittedAt IS NOT NULL)`,
      ),
    ];
    return {
      from: shiftDate(from, 1),
      to: today,
      month: { from: monthFrom, to: monthTo },
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
