import { Field, Int, ObjectType } from 'type-graphql';
import { HazardLevel } from './hazard.entity';

/** One grouped row of the hazard report (hazard.store.ts summaryOf), as the database returns it. */
export interface HazardSummaryRow {
  schoolId: string;
  level: HazardLevel;
  open: string | number | null;
  overdue: string | number | null;
  openOverWeek: string | number | null;
  openOverMonth: string | number | null;
  reported: string | number | null;
  rectified: string | number | null;
  rectifyMinutes: string | number | null;
  closed: string | number | null;
  failedVerifications: string | number | null;
}

@ObjectType({ description: 'Open hazards of one level (隐患等级), now.' })
export class HazardLevelCount {
  @Field(() => HazardLevel, { description: 'The level.' })
  level: HazardLevel;

  @Field(() => Int, { description: 'Not yet closed (未销号).' })
  open: number;

  @Field(() => Int, { description: 'Not rectified after their deadline (超期).' })
  overdue: number;
}

@ObjectType({
  description:
    'A school’s hazards (隐患统计): the open ones now by level and age, the overdue ones; over a period the ones reported, rectified (with the mean time to rectify, 平均整改用时) and closed.',
})
export class HazardSummary {
  @Field({ description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The first day of the period, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'The last day of the period, YYYY-MM-DD.' })
  to: string;

  @Field(() => Int, { description: 'Open now (未销号), whenever reported.' })
  open: number;

  @Field(() => Int, { description: 'Open now and major (重大隐患).' })
  openMajor: number;

  @Field(() => Int, { description: 'Not rectified after their deadline, now (超期未整改).' })
  overdue: number;

  @Field(() => Int, { description: 'Open now and reported more than 7 days ago.' })
  openOverWeek: number;

  @Field(() => Int, { description: 'Open now and reported more than 30 days ago.' })
  openOverMonth: number;

  @Field(() => [HazardLevelCount], { description: 'Open and overdue now, by level (levels with none left out).' })
  byLevel: HazardLevelCount[];

  @Field(() => Int, { description: 'Reported in the period (发现隐患).' })
  reported: number;

  @Field(() => Int, { description: 'Rectified in the period (已整改).' })
  rectified: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean hours from report to rectification of those rectified in the period, rounded; null when none.',
  })
  meanHoursToRectify: number | null;

  @Field(() => Int, { description: 'Closed in the period (已销号).' })
  closed: number;

  @Field(() => Int, { description: 'Verifications failed, of the hazards reported in the period (验收不合格).' })
  failedVerifications: number;
}

const n = (value: string | number | null | undefined) => Number(value ?? 0);

/** The summary of one school from its grouped rows (one per level); zeros for a school with none. */
export function summarizeHazards(schoolId: string, from: string, to: string, rows: readonly HazardSummaryRow[]): HazardSummary {
  const sum = (key: keyof HazardSummaryRow) => rows.reduce((total, row) => total + n(row[key]), 0);
  const rectified = sum('rectified');
  return Object.assign(new HazardSummary(), {
    schoolId,
    from,
    to,
    open: sum('open'),
    openMajor: rows.filter((row) => row.level === HazardLevel.MAJOR).reduce((total, row) => total + n(row.open), 0),
    overdue: sum('overdue'),
    openOverWeek: sum('openOverWeek'),
    openOverMonth: sum('openOverMonth'),
    byLevel: Object.values(HazardLevel)
      .map((level) => {
        const row = rows.find((r) => r.level === level);
        return Object.assign(new HazardLevelCount(), { level, open: n(row?.open), overdue: n(row?.overdue) });
      })
      .filter((count) => count.open > 0),
    reported: sum('reported'),
    rectified,
    meanHoursToRectify: rectified ? Math.round(sum('rectifyMinutes') / rectified / 60) : null,
    closed: sum('closed'),
    failedVerifications: sum('failedVerifications'),
  });
}
