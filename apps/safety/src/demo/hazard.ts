import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_HAZARD_REPAIR, DEMO_SCHOOLS, demoStaffIdFor, type DemoSchoolKey } from '@houqin/demo';
import { Hazard, HazardLevel, HazardSource, HazardStatus } from '../hazard/hazard.entity';
import { SafetyStep } from '../workflow-step.entity';
import { SYSTEM_ACTOR_ID } from '@houqin/workflow';

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const DAY = 86_400_000;

/** One demo hazard: where it got to, and the steps that took it there (action, actor or 'system', days before now). */
interface DemoHazard {
  school: DemoSchoolKey;
  id?: string;
  title: string;
  location: string;
  level: HazardLevel;
  status: HazardStatus;
  reportedDaysAgo: number;
  reporter: string;
  /** The five fixes, once assigned: the responsible post, the deadline in days from today (negative: past), funds in fen. */
  assigned?: { post: string; deadlineInDays: number; fundsFen: number; measure: string; plan: string };
  workOrderId?: string;
  evidence?: string;
  escalationLevel?: number;
  failedVerifications?: number;
  steps: [string, string, number][];
}

const HAZARDS: DemoHazard[] = [
  {
    school: 'firstPrimary',
    title: '三楼走廊灭火器箱门损坏',
    location: '教学楼A三楼走廊',
    level: HazardLevel.GENERAL,
    status: HazardStatus.REPORTED,
    reportedDaysAgo: 0,
    reporter: 'teacher',
    steps: [['REPORTED', 'teacher', 0]],
  },
  {
    school: 'firstPrimary',
    title: '操场篮球架底座螺丝松动',
    location: '操场东侧篮球场',
    level: HazardLevel.GENERAL,
    status: HazardStatus.ASSIGNED,
    reportedDaysAgo: 2,
    reporter: 'teacher',
    assigned: {
      post: 'ELECTRICIAN',
      deadlineInDays: 3,
      fundsFen: 5000,
      measure: '紧固并加装防松垫片',
      plan: '暂停使用该篮球架，设置警示带',
    },
    steps: [
      ['REPORTED', 'teacher', 2],
      ['ASSIGNED', 'safety', 1],
    ],
  },
  {
    school: 'firstPrimary',
    title: '教学楼B北侧外墙瓷砖松动',
    location: '教学楼B北侧外墙',
    level: HazardLevel.MAJOR,
    status: HazardStatus.RECTIFYING,
    reportedDaysAgo: 4,
    reporter: 'safety',
    assigned: {
      post: 'GENERAL_AFFAIRS_DIRECTOR',
      deadlineInDays: 10,
      fundsFen: 3_800_000,
      measure: '委托专业单位检测并整体修缮外墙',
      plan: '北侧设置隔离区和防护棚，学生绕行',
    },
    steps: [
      ['REPORTED', 'safety', 4],
      ['ASSIGNED', 'principal', 4],
      ['STARTED', 'director', 3],
    ],
  },
  {
    school: 'firstPrimary',
    id: DEMO_HAZARD_REPAIR.hazardId,
    title: '实验室插座松动冒火花',
    location: '科学实验室',
    level: HazardLevel.GENERAL,
    status: HazardStatus.RECTIFYING,
    reportedDaysAgo: 1,
    reporter: 'teacher',
    assigned: { post: 'ELECTRICIAN', deadlineInDays: 1, fundsFen: 8000, measure: '更换插座及底盒', plan: '断开该回路电源，张贴禁用标识' },
    workOrderId: DEMO_HAZARD_REPAIR.workOrderId,
    steps: [
      ['REPORTED', 'teacher', 1],
      ['ASSIGNED', 'safety', 1],
      ['REPAIR_REQUESTED', 'safety', 0],
    ],
  },
  {
    school: 'firstPrimary',
    title: '食堂后门门禁失灵',
    location: '食堂后门',
    level: HazardLevel.GENERAL,
    status: HazardStatus.ASSIGNED,
    reportedDaysAgo: 12,
    reporter: 'canteen',
    // Overdue since last week: escalated to the officer, the director and the principal.
    assigned: { post: 'ELECTRICIAN', deadlineInDays: -5, fundsFen: 20000, measure: '维修门禁控制器', plan: '安排专人看守后门' },
    escalationLevel: 3,
    steps: [
      ['REPORTED', 'canteen', 12],
      ['ASSIGNED', 'safety', 11],
    ],
  },
  {
    school: 'firstPrimary',
    title: '二楼消防通道堆放杂物',
    location: '教学楼A二楼东侧安全出口',
    level: HazardLevel.GENERAL,
    status: HazardStatus.RECTIFIED,
    reportedDaysAgo: 3,
    reporter: 'teacher',
    assigned: { post: 'CLEANER', deadlineInDays: 0, fundsFen: 0, measure: '清理杂物，张贴禁止堆放标识', plan: '清理前专人值守' },
    evidence: '杂物已清走，通道畅通，已张贴标识',
    steps: [
      ['REPORTED', 'teacher', 3],
      ['ASSIGNED', 'safety', 3],
      ['STARTED', 'safety', 2],
      ['RECTIFIED', 'safety', 1],
    ],
  },
  {
    school: 'firstPrimary',
    title: '宿舍楼应急照明不亮',
    location: '宿舍楼一楼楼梯口',
    level: HazardLevel.GENERAL,
    status: HazardStatus.VERIFIED,
    reportedDaysAgo: 8,
    reporter: 'safety',
    assigned: { post: 'ELECTRICIAN', deadlineInDays: -4, fundsFen: 12000, measure: '更换应急照明灯电池', plan: '夜间增加巡查' },
    evidence: '已更换电池，断电测试亮灯90分钟',
    failedVerifications: 1,
    steps: [
      ['REPORTED', 'safety', 8],
      ['ASSIGNED', 'safety', 8],
      ['STARTED', 'maintenance', 7],
      ['RECTIFIED', 'maintenance', 6],
      ['VERIFY_FAILED', 'safety', 6],
      ['RECTIFIED', 'maintenance', 5],
      ['VERIFIED', 'safety', 4],
    ],
  },
  {
    school: 'firstPrimary',
    title: '楼梯扶手松动',
    location: '教学楼A一至二楼楼梯',
    level: HazardLevel.GENERAL,
    status: HazardStatus.CLOSED,
    reportedDaysAgo: 30,
    reporter: 'teacher',
    assigned: { post: 'ELECTRICIAN', deadlineInDays: -27, fundsFen: 6000, measure: '重新固定扶手', plan: '设置提示牌' },
    evidence: '扶手已重新固定并加固',
    steps: [
      ['REPORTED', 'teacher', 30],
      ['ASSIGNED', 'safety', 30],
      ['STARTED', 'maintenance', 29],
      ['RECTIFIED', 'maintenance', 28],
      ['VERIFIED', 'safety', 27],
      ['CLOSED', 'safety', 27],
    ],
  },
];

/**
 * The demo district's hazards (隐患): First Experimental Primary's in every state and level — one major,
 * one overdue and escalated, one waiting on a facilities work order (its ids shared with facilities'
 * demo), one that failed its first verification. Rounds and the equipment register raise more.
 */
export async function seedHazardDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(Hazard).exists()) return;
  const now = new Date();
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const at = (daysAgo: number, i = 0) => new Date(now.getTime() - daysAgo * DAY + i * 60_000);
  await dataSource.transaction(async (manager) => {
    for (const demo of HAZARDS) {
      const id = demo.id ?? newId();
      const schoolId = DEMO_SCHOOLS[demo.school].id;
      const rectified = [...demo.steps].reverse().find(([action]) => action === 'RECTIFIED');
      const verified = demo.steps.find(([action]) => action === 'VERIFIED');
      const closed = demo.steps.find(([action]) => action === 'CLOSED');
      await manager.insert(Hazard, {
        id,
        districtId: DEMO_DISTRICT.id,
        schoolId,
        title: demo.title,
        description: demo.title,
        photoRefs: [],
        level: demo.level,
        status: demo.status,
        source: HazardSource.REPORT,
        sourceRef: null,
        roundId: null,
        zoneId: null,
        roomId: null,
        location: demo.location,
        reporterAccountId: account(demo.reporter),
        reportedAt: at(demo.reportedDaysAgo),
        responsibleStaffId: demo.assigned ? demoStaffIdFor(demo.school, demo.assigned.post) : null,
        measure: demo.assigned?.measure ?? null,
        fundsFen: demo.assigned?.fundsFen ?? null,
        deadline: demo.assigned ? shiftDate(today, demo.assigned.deadlineInDays) : null,
        contingencyPlan: demo.assigned?.plan ?? null,
        workOrderId: demo.workOrderId ?? null,
        awaitingRepair: Boolean(demo.workOrderId),
        evidence: demo.evidence ?? null,
        evidencePhotoRefs: [],
        rectifiedByAccountId: rectified ? account(rectified[1]) : null,
        rectifiedAt: rectified ? at(rectified[2]) : null,
        rectifyMinutes: rectified ? Math.round((demo.reportedDaysAgo - rectified[2]) * 24 * 60) : null,
        verifiedByAccountId: verified ? account(verified[1]) : null,
        verifiedAt: verified ? at(verified[2]) : null,
        failedVerifications: demo.failedVerifications ?? 0,
        closedAt: closed ? at(closed[2]) : null,
        escalationLevel: demo.escalationLevel ?? 0,
      });
      for (const [i, [action, actor, daysAgo]] of demo.steps.entries())
        await manager.insert(SafetyStep, {
          id: newId(),
          districtId: DEMO_DISTRICT.id,
          schoolId,
          subjectType: 'HAZARD',
          subjectId: id,
          action,
          actorAccountId: actor === 'system' ? SYSTEM_ACTOR_ID : account(actor),
          comment: null,
          occurredAt: at(daysAgo, i),
        });
    }
  });
  logger.info({ hazards: HAZARDS.length }, 'seeded the demo hazards: every state and level');
}
