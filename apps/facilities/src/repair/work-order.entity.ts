import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, MoneyFields } from '@houqin/common';
import {
  CreatedAtColumn,
  FenColumn,
  InstantColumn,
  RefColumn,
  RowVersionColumn,
  SchoolOwnedEntity,
  UpdatedAtColumn,
} from '@houqin/persistence';

/** Longest description of a problem, reason or comment on a work order. */
export const WORK_ORDER_TEXT_MAX = 500;
/** Longest title of a work order. */
export const WORK_ORDER_TITLE_MAX = 200;

/** What kind of repair a work order is (维修类别). */
export enum WorkOrderCategory {
  ELECTRICAL = 'ELECTRICAL',
  PLUMBING = 'PLUMBING',
  CARPENTRY = 'CARPENTRY',
  BUILDING = 'BUILDING',
  EQUIPMENT = 'EQUIPMENT',
  OTHER = 'OTHER',
}
registerEnumType(WorkOrderCategory, {
  name: 'WorkOrderCategory',
  description: 'What kind of repair it is (维修类别).',
  valuesConfig: {
    ELECTRICAL: { description: 'Electrical (电): lights, sockets, switches, wiring.' },
    PLUMBING: { description: 'Plumbing (水): taps, pipes, toilets, drains, leaks.' },
    CARPENTRY: { description: 'Carpentry (木工): doors, windows, desks, chairs.' },
    BUILDING: { description: 'Building (土建): walls, roofs, floors, ceilings.' },
    EQUIPMENT: { description: 'Equipment (设备): projectors, computers, air conditioners and other assets.' },
    OTHER: { description: 'Anything else.' },
  },
});

/** How soon it must be repaired (优先级), which sets its due time. */
export enum WorkOrderPriority {
  SAFETY = 'SAFETY',
  URGENT = 'URGENT',
  NORMAL = 'NORMAL',
}
registerEnumType(WorkOrderPriority, {
  name: 'WorkOrderPriority',
  description: 'How soon it must be repaired (优先级); its due time follows from it and the school calendar (校历).',
  valuesConfig: {
    SAFETY: { description: 'A safety matter (安全隐患): due the same school day (问题处理不过日).' },
    URGENT: { description: 'Urgent (紧急): due within 24 hours of the report.' },
    NORMAL: { description: 'Normal (一般): due within the district’s number of school days (default 3).' },
  },
});

/** Where a work order is in 申报—核算—研究—维修—决算. */
export enum WorkOrderStatus {
  REPORTED = 'REPORTED',
  COSTED = 'COSTED',
  APPROVED = 'APPROVED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPAIRED = 'REPAIRED',
  ACCOUNTED = 'ACCOUNTED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
}
registerEnumType(WorkOrderStatus, {
  name: 'WorkOrderStatus',
  description: 'Where a work order is (工单状态): 申报 → 核算 → 研究 → 维修 → 决算 → 评价.',
  valuesConfig: {
    REPORTED: { description: 'Reported (已申报): waiting for maintenance staff to cost it.' },
    COSTED: { description: 'Costed (已核算): labour and materials estimated; waiting for the review (研究).' },
    APPROVED: { description: 'Approved (已批准): in house or by a contractor; waiting to be assigned.' },
    ASSIGNED: { description: 'Assigned (已派工) to people; waiting for them to start.' },
    IN_PROGRESS: { description: 'Being repaired (维修中).' },
    REPAIRED: { description: 'Repaired (已完工); waiting for the final account (决算).' },
    ACCOUNTED: { description: 'Final account recorded (已决算); waiting for the reporter’s rating.' },
    CLOSED: { description: 'Rated by the reporter and closed (已评价, 已关闭).' },
    REJECTED: { description: 'Rejected at review with a reason (不予维修).' },
  },
});

/** Who repairs it, as the review decided (研究结论). */
export enum WorkOrderResolution {
  IN_HOUSE = 'IN_HOUSE',
  CONTRACTOR = 'CONTRACTOR',
}
registerEnumType(WorkOrderResolution, {
  name: 'WorkOrderResolution',
  description: 'Who repairs it, as the review decided (研究结论).',
  valuesConfig: {
    IN_HOUSE: { description: 'The school’s own maintenance staff (自修).' },
    CONTRACTOR: { description: 'A contractor (外包), one of finance’s suppliers.' },
  },
});

/** How the problem was reported. */
export enum WorkOrderSource {
  STAFF = 'STAFF',
  QR = 'QR',
  METER = 'METER',
  HAZARD = 'HAZARD',
  PM = 'PM',
}
registerEnumType(WorkOrderSource, {
  name: 'WorkOrderSource',
  description: 'How it was reported (报修渠道).',
  valuesConfig: {
    STAFF: { description: 'By a signed-in staff member.' },
    QR: { description: 'Without an account, from a room’s QR link (扫码报修).' },
    METER: { description: 'Opened by a utility meter’s suspected leak (疑似漏水, facilities.meter.anomaly).' },
    HAZARD: { description: 'Opened by a safety hazard that needs a repair (隐患, from the safety service).' },
    PM: { description: 'Opened by a preventive maintenance schedule (预防性维护) ahead of its due day.' },
  },
});

/**
 * A repair work order (维修工单): a problem in a room or on an asset, reported, costed (核算), reviewed
 * (研究), repaired (维修), accounted (决算) and rated. Its status moves only through the work-order flow;
 * every step is recorded (FacilitiesStep) with who, when and a comment.
 */
@ObjectType({ description: 'A repair work order (维修工单): 申报 → 核算 → 研究 → 维修 → 决算 → 评价, every step on the record.' })
@MoneyFields({
  estimatedLabour: ['estimatedLabourFen', 'Estimated labour (预估人工费); null until costed.', { nullable: true }],
  estimatedMaterials: ['estimatedMaterialsFen', 'Estimated materials (预估材料费); null until costed.', { nullable: true }],
  estimate: ['estimateFen', 'The estimate (核算金额): labour + materials; null until costed.', { nullable: true }],
  actualLabour: ['actualLabourFen', 'Actual labour (实际人工费); null until the final account.', { nullable: true }],
  actualMaterials: ['actualMaterialsFen', 'Actual materials (实际材料费); null until the final account.', { nullable: true }],
  contractorCost: ['contractorCostFen', 'What the contractor is paid (外包费用); null until the final account.', { nullable: true }],
  actualTotal: [
    'actualTotalFen',
    'The final account (决算金额): labour + materials + contractor; null until accounted.',
    { nullable: true },
  ],
})
@Entity('work_order')
@Index(['schoolId', 'status'])
@Index(['reporterAccountId', 'createdAt'])
@Index(['roomId'])
@Index(['escalationLevel', 'dueAt'])
@Index(['clientKey', 'reportedAt'])
@Index(['source', 'sourceRef'], { unique: true })
export class WorkOrder extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field({ description: 'What is wrong, in a line (e.g. "三年级2班水龙头漏水").' })
  @Column('varchar', { length: WORK_ORDER_TITLE_MAX })
  title: string;

  @Field({ description: 'The problem in the reporter’s words.' })
  @Column('varchar', { length: WORK_ORDER_TEXT_MAX })
  description: string;

  @Field(() => [String], { description: 'References to photos of the problem (uploaded elsewhere), at most 6.' })
  @Column('simple-json')
  photoRefs: string[];

  @Field(() => WorkOrderCategory, { description: 'What kind of repair it is (维修类别).' })
  @Column('varchar', { length: 12 })
  category: WorkOrderCategory;

  @Field({ description: 'True for a safety matter (安全隐患): due the same school day.' })
  @Column('boolean')
  safety: boolean;

  @Field(() => WorkOrderPriority, { description: 'How soon it must be repaired (优先级).' })
  @Column('varchar', { length: 8 })
  priority: WorkOrderPriority;

  @Field(() => WorkOrderStatus, { description: 'Where it is in 申报—核算—研究—维修—决算—评价.' })
  @Column('varchar', { length: 12 })
  status: WorkOrderStatus;

  @Field(() => WorkOrderSource, { description: 'How it was reported (报修渠道), or what opened it.' })
  @Column('varchar', { length: 8 })
  source: WorkOrderSource;

  @Field(() => ID, { nullable: true, description: 'The record that opened it: the meter anomaly or the safety hazard; null for a report.' })
  @RefColumn({ nullable: true })
  sourceRef: string | null;

  @Field(() => ID, { nullable: true, description: 'The room (房间) the problem is in; null when only an asset is named.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The fixed asset (资产) that is broken, if any.' })
  @RefColumn({ nullable: true })
  assetId: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that reported it; null for a report from a QR link.' })
  @RefColumn({ nullable: true })
  reporterAccountId: string | null;

  @Field(() => ID, { nullable: true, description: 'The reporter’s staff record, when they have one.' })
  @RefColumn({ nullable: true })
  reporterStaffId: string | null;

  /** The name and phone a QR reporter left (optional): read by the school's work-order readers only. */
  @Column('varchar', { length: 60, nullable: true })
  reporterName: string | null;

  @Column('varchar', { length: 30, nullable: true })
  reporterPhone: string | null;

  @Field({ description: 'When it was reported.' })
  @InstantColumn()
  reportedAt: Date;

  @Field({ description: 'When it must be repaired by (到期时间): from its priority and the school calendar.' })
  @InstantColumn()
  dueAt: Date;

  @FenColumn({ nullable: true })
  estimatedLabourFen: number | null;

  @FenColumn({ nullable: true })
  estimatedMaterialsFen: number | null;

  @FenColumn({ nullable: true })
  estimateFen: number | null;

  @Field(() => WorkOrderResolution, { nullable: true, description: 'In house or by a contractor; null until approved.' })
  @Column('varchar', { length: 12, nullable: true })
  resolution: WorkOrderResolution | null;

  @Field(() => ID, { nullable: true, description: 'The contractor (外包单位), one of finance’s suppliers, when given out.' })
  @RefColumn({ nullable: true })
  contractorSupplierId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected at review (不予维修理由).' })
  @Column('varchar', { length: WORK_ORDER_TEXT_MAX, nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the repair started.' })
  @InstantColumn({ nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the repair was finished (完工): compared with dueAt.' })
  @InstantColumn({ nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Minutes from the report to the finish (维修用时); null until finished.' })
  @Column('int', { nullable: true })
  repairMinutes: number | null;

  @FenColumn({ nullable: true })
  actualLabourFen: number | null;

  @FenColumn({ nullable: true })
  actualMaterialsFen: number | null;

  @FenColumn({ nullable: true })
  contractorCostFen: number | null;

  @FenColumn({ nullable: true })
  actualTotalFen: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the final account is beyond the district’s variance from the estimate (超支说明).',
  })
  @Column('varchar', { length: WORK_ORDER_TEXT_MAX, nullable: true })
  varianceExplanation: string | null;

  @Field(() => Int, { nullable: true, description: 'The reporter’s rating, 1 (poor) to 5 (excellent); null until rated.' })
  @Column('int', { nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true, description: 'The reporter’s comment with the rating.' })
  @Column('varchar', { length: WORK_ORDER_TEXT_MAX, nullable: true })
  ratingComment: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was rated (a QR reporter’s rating is recorded here, having no account to record a step with).',
  })
  @InstantColumn({ nullable: true })
  ratedAt: Date | null;

  @Field(() => Int, { description: 'How far its lateness was escalated (超期督办): 0 not yet, 1 to the director, 2 to the principal.' })
  @Column('int', { default: 0 })
  escalationLevel: number;

  /** The gateway's key of the client that reported it from a QR link (per-client limits); never its address. */
  @Column('varchar', { length: 64, nullable: true })
  clientKey: string | null;

  /** SHA-256 of a QR reporter's secret status link: the link itself is shown once, never stored. */
  @Column('varchar', { length: 64, nullable: true })
  @Index({ unique: true })
  statusTokenHash: string | null;

  @Field(() => Int, { description: 'Row version: only a step of its flow moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** A person a work order is assigned to (派工): maintenance staff, or the school's supervisor of a contractor. */
@Entity('work_order_assignee')
@Index(['staffId'])
export class WorkOrderAssignee {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  workOrderId: string;

  @PrimaryColumn('varchar', { length: ID_LENGTH })
  staffId: string;

  @RefColumn()
  schoolId: string;
}

/** Normal repairs are due within this many school days, until the district changes it. */
export const DEFAULT_NORMAL_DUE_SCHOOL_DAYS = 3;
/** Estimates above this are reviewed by the principal, not the director: ¥5,000 until the district changes it. */
export const DEFAULT_PRINCIPAL_REVIEW_ABOVE_FEN = 500_000;
/** A final account more than this percent above the estimate needs an explanation, until the district changes it. */
export const DEFAULT_VARIANCE_PERCENT = 10;

/** A district's work-order settings (维修设置): one row once the district changes them; until then the defaults, version 0. */
@ObjectType({ description: 'The district’s repair settings (维修设置). Until the district changes them: the defaults, with version 0.' })
@MoneyFields({
  principalReviewAbove: [
    'principalReviewAboveFen',
    'An estimate above this is reviewed (研究) by the principal instead of the general-affairs director; default ¥5,000.',
  ],
})
@Entity('work_order_settings')
export class WorkOrderSettings {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @Field(() => Int, { description: 'A normal repair is due within this many school days of its report (default 3).' })
  @Column('int')
  normalDueSchoolDays: number;

  @FenColumn()
  principalReviewAboveFen: number;

  @Field(() => Int, { description: 'A final account more than this percent above the estimate needs an explanation (default 10).' })
  @Column('int')
  variancePercent: number;

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateWorkOrderSettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;
}

/** The defaults of a district that has not changed its settings (version 0). */
export function defaultWorkOrderSettings(districtId: string): WorkOrderSettings {
  return Object.assign(new WorkOrderSettings(), {
    districtId,
    normalDueSchoolDays: DEFAULT_NORMAL_DUE_SCHOOL_DAYS,
    principalReviewAboveFen: DEFAULT_PRINCIPAL_REVIEW_ABOVE_FEN,
    variancePercent: DEFAULT_VARIANCE_PERCENT,
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
