import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyFields } from '@houqin/common';
import { WorkOrderCategory, WorkOrderPriority, WorkOrderStatus } from './work-order.entity';
import { OPEN_STATUSES } from './work-order.rules';

/** One grouped row of the repair report (work-order.store.ts summaryOf), as the database returns it. */
export interface RepairSummaryRow {
  schoolId: string;
  status: WorkOrderStatus;
  category: WorkOrderCategory;
  priority: WorkOrderPriority;
  count: string | number;
  finished: string | number | null;
  onTime: string | number | null;
  overdue: string | number | null;
  repairMinutes: string | number | null;
  costFen: string | number | null;
  ratingSum: string | number | null;
  ratings: string | number;
}

@ObjectType({ description: 'How many work orders had a status, category or priority.' })
export class RepairCount {
  @Field({ description: 'The status, category or priority.' })
  key: string;

  @Field(() => Int, { description: 'How many work orders.' })
  count: number;
}

@ObjectType({
  description:
    'A school’s repairs over a period (维修统计): work orders reported in it by status, category and priority; due-time compliance (按时完成率) and mean time to repair (平均维修用时); the final accounts; the ratings.',
})
@MoneyFields({ cost: ['costFen', 'The final accounts (决算) of its work orders reported in the period.'] })
export class RepairSummary {
  @Field({ description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The first day of the period, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'The last day of the period, YYYY-MM-DD.' })
  to: string;

  @Field(() => Int, { description: 'Work orders reported (报修数).' })
  reported: number;

  @Field(() => Int, { description: 'Still to be repaired (未完成).' })
  open: number;

  @Field(() => Int, { description: 'Still open after their due time, now (超期未修).' })
  overdue: number;

  @Field(() => Int, { description: 'Finished (已完工).' })
  finished: number;

  @Field(() => Int, { description: 'Finished by their due time (按时完成).' })
  finishedOnTime: number;

  @Field(() => Int, { nullable: true, description: 'finishedOnTime ÷ finished, in whole percent rounded down; null when none finished.' })
  dueTimeCompliancePercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean minutes from report to finish of the finished ones (平均维修用时); null when none.',
  })
  meanMinutesToRepair: number | null;

  costFen: number;

  @Field(() => Int, { description: 'How many were rated.' })
  ratings: number;

  @Field(() => String, { nullable: true, description: 'The mean rating, one decimal (e.g. "4.3"); null when none.' })
  averageRating: string | null;

  @Field(() => [RepairCount], { description: 'By status.' })
  byStatus: RepairCount[];

  @Field(() => [RepairCount], { description: 'By category.' })
  byCategory: RepairCount[];

  @Field(() => [RepairCount], { description: 'By priority.' })
  byPriority: RepairCount[];
}

const int = (value: string | number | null | undefined) => Number(value ?? 0);

/** A school's summary from its grouped rows: sums in whole numbers, the rates rounded down, the mean rating to one decimal. */
export function summarizeRepairs(schoolId: string, from: string, to: string, rows: readonly RepairSummaryRow[]): RepairSummary {
  const tally = (key: (row: RepairSummaryRow) => string) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + int(row.count));
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, count]) => ({ key: k, count }));
  };
  const sum = (pick: (row: RepairSummaryRow) => string | number | null) => rows.reduce((total, row) => total + int(pick(row)), 0);
  const finished = sum((r) => r.finished);
  const finishedOnTime = sum((r) => r.onTime);
  const ratings = sum((r) => r.ratings);
  const ratingSum = sum((r) => r.ratingSum);
  return Object.assign(new RepairSummary(), {
    schoolId,
    from,
    to,
    reported: sum((r) => r.count),
    open: rows.filter((r) => OPEN_STATUSES.includes(r.status)).reduce((total, r) => total + int(r.count), 0),
    overdue: sum((r) => r.overdue),
    finished,
    finishedOnTime,
    dueTimeCompliancePercent: finished ? Math.floor((finishedOnTime * 100) / finished) : null,
    meanMinutesToRepair: finished ? Math.round(sum((r) => r.repairMinutes) / finished) : null,
    costFen: sum((r) => r.costFen),
    ratings,
    // Tenths, rounded half up, in whole numbers: no floating point reaches the answer.
    averageRating: ratings ? (Math.round((ratingSum * 10) / ratings) / 10).toFixed(1) : null,
    byStatus: tally((r) => r.status),
    byCategory: tally((r) => r.category),
    byPriority: tally((r) => r.priority),
  });
}
