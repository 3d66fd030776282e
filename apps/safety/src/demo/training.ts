import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, type Logger, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { DrillKind, SafetyDrill, TrainingKind, TrainingRecord, TrainingRequirement } from '../training/training.entity';
import { drillTarget, expiryAfter } from '../training/training.rules';

/** The district's required trainings (区级岗位培训要求). */
const REQUIREMENTS = [
  { post: 'COOK', name: '食品安全培训 (food safety)', kind: TrainingKind.FOOD_SAFETY, validityMonths: 12 },
  { post: 'CANTEEN_MANAGER', name: '食品安全培训 (food safety)', kind: TrainingKind.FOOD_SAFETY, validityMonths: 12 },
  {
    post: 'ELECTRICIAN',
    name: '特种作业操作证（电工）(special operations, electrician)',
    kind: TrainingKind.SPECIAL_OPERATIONS,
    validityMonths: null,
  },
  {
    post: 'SAFETY_OFFICER',
    name: '安全管理人员证 (safety officer certificate)',
    kind: TrainingKind.SAFETY_OFFICER_CERTIFICATE,
    validityMonths: null,
  },
];

/**
 * The demo's training and drills at First Experimental Primary: the district's four requirements; the
 * cook's food-safety training expired (taken 13 months ago), the canteen manager's valid, the electrician's
 * certificate expiring within the notice days, the safety officer's valid; a drill in each of the last
 * three months but one (a gap). Idempotent.
 */
export async function seedTrainingDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(TrainingRequirement).exists()) return;
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  const officer = DEMO_ACCOUNTS.find((a) => a.role === 'SAFETY_OFFICER')!;
  await dataSource.transaction(async (manager) => {
    const requirements = REQUIREMENTS.map((r) => ({ id: newId(), districtId: DEMO_DISTRICT.id, schoolId: null, ...r, active: true }));
    await manager.insert(TrainingRequirement, requirements);
    const of = (post: string) => requirements.find((r) => r.post === post)!;
    const record = (post: string, takenOn: string, expiresOn: string, certificateNumber: string | null = null) => ({
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId,
      staffId: demoStaffIdFor('firstPrimary', post),
      requirementId: of(post).id,
      name: of(post).name,
      takenOn,
      expiresOn,
      certificateNumber,
      recordedByAccountId: officer.id,
    });
    const cookTaken = shiftDate(today, -395);
    const managerTaken = shiftDate(today, -60);
    await manager.insert(TrainingRecord, [
      record('COOK', cookTaken, expiryAfter(cookTaken, 12)),
      record('CANTEEN_MANAGER', managerTaken, expiryAfter(managerTaken, 12)),
      record('ELECTRICIAN', shiftDate(today, -6 * 365), shiftDate(today, 20), 'T330100198001011234'),
      record('SAFETY_OFFICER', shiftDate(today, -400), shiftDate(today, 3 * 365), 'AQ2025-0417'),
    ]);
    // A drill 90 and 30 days ago (the month between is a gap).
    await manager.insert(
      SafetyDrill,
      [90, 30].map((daysAgo, i) => ({
        id: newId(),
        districtId: DEMO_DISTRICT.id,
        schoolId,
        campusId: null,
        kind: i ? DrillKind.FIRE : DrillKind.EVACUATION,
        heldOn: shiftDate(today, -daysAgo),
        participants: 860,
        evacuationSeconds: i ? 131 : 104,
        buildingFloors: 4,
        targetSeconds: drillTarget(4, 120),
        metTarget: !i,
        summary: i ? '三楼西侧楼梯拥堵，下次分批疏散。' : '疏散有序。',
        recordedByAccountId: officer.id,
      })),
    );
  });
  logger.info({ requirements: REQUIREMENTS.length }, 'seeded the demo training and drills');
}
