import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, type Logger, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS, demoRoomId, demoStaffIdFor } from '@houqin/demo';
import { HazardLevel } from '../hazard/hazard.entity';
import {
  InspectionAnswer,
  InspectionCadence,
  InspectionItemKind,
  InspectionResult,
  InspectionRound,
  InspectionRoundStatus,
  InspectionSchedule,
  type InspectionSection,
  InspectionTemplate,
  InspectionTemplateVersion,
} from '../inspection/inspection.entity';
import { itemsOf } from '../inspection/inspection.rules';
import { SafetyZone, SafetyZoneRoom, ZoneKind } from '../zone/zone.entity';

const pass = (text: string, extra: Partial<InspectionSection['items'][number]> = {}) => ({
  text,
  kind: InspectionItemKind.PASS_FAIL,
  required: true,
  photoRequired: false,
  hazardLevel: HazardLevel.GENERAL,
  ...extra,
});

/** The district's four templates (区级检查模板). */
const TEMPLATES: { name: string; cadence: InspectionCadence; sections: InspectionSection[] }[] = [
  {
    name: '每月全校安全检查 (monthly school-wide inspection)',
    cadence: InspectionCadence.MONTHLY,
    sections: [
      {
        title: '消防安全',
        items: [pass('安全出口、疏散通道畅通'), pass('应急照明、疏散指示完好'), pass('消防栓箱完好', { photoRequired: true })],
      },
      { title: '用电安全', items: [pass('无私拉乱接电线'), pass('配电箱上锁、无杂物')] },
      { title: '校舍安全', items: [pass('墙面、吊顶无开裂脱落'), pass('栏杆、扶手牢固', { hazardLevel: HazardLevel.MAJOR })] },
    ],
  },
  {
    name: '食堂每日检查 (daily canteen check)',
    cadence: InspectionCadence.DAILY,
    sections: [
      {
        title: '食品安全',
        items: [
          pass('从业人员健康证在有效期内'),
          pass('食品留样 125 克、48 小时'),
          { ...pass('冷藏温度'), kind: InspectionItemKind.NUMBER, min: '0', max: '8', unit: '℃' },
        ],
      },
      { title: '燃气安全', items: [pass('燃气阀门、管道无泄漏', { hazardLevel: HazardLevel.MAJOR })] },
    ],
  },
  {
    name: '宿舍每周检查 (weekly dormitory check)',
    cadence: InspectionCadence.WEEKLY,
    sections: [{ title: '宿舍', items: [pass('无违规电器'), pass('疏散通道畅通'), pass('门窗完好')] }],
  },
  {
    name: '每月消防器材检查 (monthly fire-equipment check)',
    cadence: InspectionCadence.MONTHLY,
    sections: [
      {
        title: '灭火器',
        items: [{ ...pass('灭火器压力'), kind: InspectionItemKind.NUMBER, min: '1.0', max: '1.4', unit: 'MPa' }, pass('铅封、喷管完好')],
      },
    ],
  },
];

/**
 * The demo district's inspections: the four district templates; at First Experimental Primary a zone
 * (Teaching Building A's first floor, the electrician responsible), the monthly inspection scheduled for
 * the safety officer and the daily canteen check for the canteen manager, last month's round submitted,
 * a daily canteen round submitted late and today's rounds open to fill. Idempotent.
 */
export async function seedInspectionDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(InspectionTemplate).exists()) return;
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const school = DEMO_SCHOOLS.firstPrimary.id;
  const campus = DEMO_CAMPUSES.firstPrimaryEast.id;
  const officer = DEMO_ACCOUNTS.find((a) => a.role === 'SAFETY_OFFICER')!;
  await dataSource.transaction(async (manager) => {
    const templates = [];
    for (const t of TEMPLATES) {
      const template = {
        id: newId(),
        districtId: DEMO_DISTRICT.id,
        schoolId: null,
        name: t.name,
        cadence: t.cadence,
        currentVersion: 1,
        active: true,
      };
      const version = {
        id: newId(),
        districtId: DEMO_DISTRICT.id,
        templateId: template.id,
        number: 1,
        sections: t.sections,
        createdByAccountId: DEMO_ACCOUNTS[0].id,
      };
      await manager.insert(InspectionTemplate, template);
      await manager.insert(InspectionTemplateVersion, version);
      templates.push({ template, version });
    }
    const zone = {
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId: school,
      campusId: campus,
      name: '教学楼A一楼 (Teaching Building A, 1F)',
      kind: ZoneKind.ROOMS,
      responsibleStaffId: demoStaffIdFor('firstPrimary', 'ELECTRICIAN'),
      patrolEveryDays: 7,
      description: '一楼教室、卫生间及总务仓库',
      active: true,
    };
    await manager.insert(SafetyZone, zone);
    const building = 'Teaching Building A (教学楼A)';
    await manager.insert(
      SafetyZoneRoom,
      ['101', '102', '103', '120', '121'].map((number) => ({
        roomId: demoRoomId(campus, building, number),
        zoneId: zone.id,
        schoolId: school,
      })),
    );
    const plans = [
      { t: templates[0], assignee: demoStaffIdFor('firstPrimary', 'SAFETY_OFFICER'), frequency: InspectionCadence.MONTHLY, dueDays: 5 },
      { t: templates[1], assignee: demoStaffIdFor('firstPrimary', 'CANTEEN_MANAGER'), frequency: InspectionCadence.DAILY, dueDays: 0 },
    ];
    for (const plan of plans) {
      const schedule = {
        id: newId(),
        districtId: DEMO_DISTRICT.id,
        schoolId: school,
        templateId: plan.t.template.id,
        assigneeStaffId: plan.assignee,
        zoneId: null,
        frequency: plan.frequency,
        interval: 1,
        startsOn: today,
        dueDays: plan.dueDays,
        nextOn: shiftDate(today, 1),
        active: true,
      };
      await manager.insert(InspectionSchedule, schedule);
      // Today's round, open; and an earlier one submitted (the daily canteen check a day late).
      const round = (scheduledOn: string, submittedLate: boolean | null) => ({
        id: newId(),
        districtId: DEMO_DISTRICT.id,
        schoolId: school,
        templateId: plan.t.template.id,
        templateVersionId: plan.t.version.id,
        title: plan.t.template.name,
        scheduleId: schedule.id,
        scheduledOn,
        dueOn: shiftDate(scheduledOn, plan.dueDays),
        assigneeStaffId: plan.assignee,
        zoneId: null,
        status: submittedLate == null ? InspectionRoundStatus.OPEN : InspectionRoundStatus.SUBMITTED,
        submittedAt:
          submittedLate == null ? null : new Date(`${shiftDate(scheduledOn, plan.dueDays + (submittedLate ? 1 : 0))}T08:00:00+08:00`),
        submittedByAccountId: submittedLate == null ? null : officer.id,
        late: submittedLate ?? false,
        failedCount: 0,
      });
      const open = round(today, null);
      const done = round(
        shiftDate(today, plan.frequency === InspectionCadence.DAILY ? -1 : -30),
        plan.frequency === InspectionCadence.DAILY,
      );
      await manager.insert(InspectionRound, [open, done]);
      await manager.insert(
        InspectionAnswer,
        itemsOf(plan.t.version.sections).map((item, itemIndex) => ({
          id: newId(),
          roundId: done.id,
          itemIndex,
          result: InspectionResult.PASS,
          value: item.kind === InspectionItemKind.NUMBER ? (item.max === '8' ? '4' : '1.2') : null,
          note: null,
          photoRefs: item.photoRequired ? ['demo://photo/hydrant'] : [],
          roomId: null,
          hazardId: null,
          answeredByAccountId: officer.id,
          answeredAt: done.submittedAt!,
        })),
      );
    }
  });
  logger.info({ templates: TEMPLATES.length }, 'seeded the demo inspections');
}
