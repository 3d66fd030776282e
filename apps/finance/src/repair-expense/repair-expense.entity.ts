import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import {
  CreatedAtColumn,
  FenColumn,
  InstantColumn,
  RefColumn,
  RowVersionColumn,
  SchoolOwnedEntity,
  UpdatedAtColumn,
} from '@houqin/persistence';
import { LIMITS } from '../limits';

/** The budget category (预算科目) code a repair's final account is charged to. */
export const REPAIRS_CATEGORY_CODE = 'REPAIRS';

/** Where a repair's expense stands in finance. */
export enum RepairExpenseStatus {
  POSTED = 'POSTED',
  HELD = 'HELD',
}
registerEnumType(RepairExpenseStatus, {
  name: 'RepairExpenseStatus',
  description: 'Whether a repair’s final account (维修决算) is in the books yet.',
  valuesConfig: {
    POSTED: {
      description:
        'Posted (已入账): a journal entry charges it to the REPAIRS budget line (with a warning when a WARN category let it exceed the line).',
    },
    HELD: {
      description:
        'Held (暂挂): nothing posted yet, `heldReason` says why (no REPAIRS budget line for its year, or over a BLOCK line); the accountant posts it once the line has room.',
    },
  },
});

/** The kind of repair, as facilities.workOrder.accounted says. */
export enum RepairKind {
  ELECTRICAL = 'ELECTRICAL',
  PLUMBING = 'PLUMBING',
  CARPENTRY = 'CARPENTRY',
  BUILDING = 'BUILDING',
  EQUIPMENT = 'EQUIPMENT',
  OTHER = 'OTHER',
}
registerEnumType(RepairKind, {
  name: 'RepairKind',
  description: 'The kind of repair (维修类别), as facilities classed the work order.',
  valuesConfig: {
    ELECTRICAL: { description: 'Electrical (电).' },
    PLUMBING: { description: 'Plumbing (水).' },
    CARPENTRY: { description: 'Carpentry (木工).' },
    BUILDING: { description: 'Building work (土建).' },
    EQUIPMENT: { description: 'Equipment (设备).' },
    OTHER: { description: 'Other (其他).' },
  },
});

/**
 * A repair's final account (维修决算) in finance: one row per work order, recorded once from
 * facilities.workOrder.accounted (the inbox and the unique `workOrderId` make a redelivered or replayed
 * event add nothing). Its cost is charged to the school's REPAIRS budget line of the year of the final
 * account: POSTED with its journal entry when the line has room (or the category only warns), else
 * HELD (nothing posted) until the accountant posts it (`postRepairExpense`). Amounts in fen.
 */
@ObjectType({
  description:
    'A repair’s final account (维修决算) charged to the school’s repairs budget line (预算科目 REPAIRS): recorded once from facilities; POSTED in the ledger, or HELD until the line has room.',
})
@MoneyFields({
  labour: ['labourFen', 'Labour (人工费).'],
  materials: ['materialsFen', 'Materials (材料费).'],
  contractor: ['contractorFen', 'Paid to the contractor (外包费用); 0 for an in-house repair.'],
  total: ['totalFen', 'labour + materials + contractor: the expense charged to the REPAIRS line.'],
  estimate: ['estimateFen', 'The approved estimate (核算) it is compared with.'],
})
@Entity('repair_expense')
@Index(['workOrderId'], { unique: true })
@Index(['schoolId', 'status'])
export class RepairExpense extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose repair it was.',
}) {
  @Field(() => ID, { description: 'The work order in facilities (维修工单).' })
  @RefColumn()
  workOrderId: string;

  @Field({ description: 'What was repaired, e.g. "三年级2班水龙头漏水".' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => RepairKind, { description: 'The kind of repair (维修类别).' })
  @Column('varchar', { length: 12 })
  kind: RepairKind;

  @FenColumn()
  labourFen: number;

  @FenColumn()
  materialsFen: number;

  @FenColumn()
  contractorFen: number;

  @FenColumn()
  totalFen: number;

  @FenColumn()
  estimateFen: number;

  @Field(() => ID, { nullable: true, description: 'The contractor (外包单位), a supplier of the district; null for an in-house repair.' })
  @RefColumn({ nullable: true })
  contractorSupplierId: string | null;

  @Field({ description: 'The day of the final account (决算日期), YYYY-MM-DD.' })
  @Column('date')
  accountedOn: string;

  @Field(() => Int, { description: 'The fiscal year whose REPAIRS budget line it is charged to: the year of the final account.' })
  @Column('int')
  fiscalYear: number;

  @Field(() => ID, { description: 'Who recorded the final account in facilities.' })
  @RefColumn()
  accountedByAccountId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The REPAIRS budget category charged (with the school and fiscalYear: the budget line); null while the district has none.',
  })
  @RefColumn({ nullable: true })
  categoryId: string | null;

  @Field(() => RepairExpenseStatus, { description: 'POSTED, or HELD with the reason in heldReason.' })
  @Column('varchar', { length: 8 })
  status: RepairExpenseStatus;

  @Field(() => String, { nullable: true, description: 'Why it is held (暂挂原因); null once posted.' })
  @Column('varchar', { length: LIMITS.text, nullable: true })
  heldReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set when a WARN category let it exceed what was left of the line (超预算提醒); null otherwise.',
  })
  @Column('varchar', { length: LIMITS.text, nullable: true })
  warning: string | null;

  @Field(() => ID, { nullable: true, description: 'The journal entry (记账凭证) that posted it; null while held.' })
  @RefColumn({ nullable: true })
  ledgerEntryId: string | null;

  @Field(() => ID, { nullable: true, description: 'The accountant who posted it; null when it was posted on arrival.' })
  @RefColumn({ nullable: true })
  postedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was posted; null while held.' })
  @InstantColumn({ nullable: true })
  postedAt: Date | null;

  @Field(() => ID, { description: 'The event it was recorded from (facilities.workOrder.accounted).' })
  @RefColumn()
  eventId: string;

  @Field(() => Int, { description: 'Row version (optimistic locking): postRepairExpense names the version you read.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When finance recorded it.' })
  @CreatedAtColumn()
  recordedAt: Date;

  @Field({ description: 'When it last changed.' })
  @UpdatedAtColumn()
  updatedAt: Date;
}
