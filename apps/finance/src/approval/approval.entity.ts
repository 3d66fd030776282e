import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, FenColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity, UpdatedAtColumn } from '@houqin/persistence';
import { WorkflowStepRecord } from '@houqin/workflow';

/** Who approves at each step of the amount thresholds (审批权限). */
export enum ApprovalLevel {
  DIRECTOR = 'DIRECTOR',
  PRINCIPAL = 'PRINCIPAL',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ApprovalLevel, {
  name: 'ApprovalLevel',
  description: 'An approval step: the general-affairs director, then the principal, then the district, by amount.',
  valuesConfig: {
    DIRECTOR: { description: 'General-affairs director (总务主任).' },
    PRINCIPAL: { description: 'Principal (校长).' },
    DISTRICT: { description: 'District administrator (区教育局).' },
  },
});
export const APPROVAL_ORDER = [ApprovalLevel.DIRECTOR, ApprovalLevel.PRINCIPAL, ApprovalLevel.DISTRICT];

/** The steps a purchase request or expense claim records (the flows' `records`). */
export enum WorkflowAction {
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ORDERED = 'ORDERED',
  RECEIVED = 'RECEIVED',
  PAID = 'PAID',
  PAYMENT_REVERSED = 'PAYMENT_REVERSED',
}
registerEnumType(WorkflowAction, {
  name: 'WorkflowAction',
  description: 'What a recorded workflow step did (流程记录).',
  valuesConfig: {
    SUBMITTED: { description: 'Filed (申报).' },
    REVIEWED: { description: 'Reviewed by the accountant (审核).' },
    APPROVED: { description: 'Approved at a level (审批).' },
    REJECTED: { description: 'Rejected, with a reason.' },
    ORDERED: { description: 'Ordered from a supplier (采购).' },
    RECEIVED: { description: 'Goods received (验收).' },
    PAID: { description: 'Paid (付款).' },
    PAYMENT_REVERSED: { description: 'Its payment was reversed in the ledger (红字冲销).' },
  },
});

/** Which flow a workflow step belongs to (`workflow_step.subjectType`). */
export enum WorkflowSubject {
  PURCHASE_REQUEST = 'PURCHASE_REQUEST',
  EXPENSE_CLAIM = 'EXPENSE_CLAIM',
}

/**
 * One recorded step of a purchase request or expense claim (流程记录): the columns every workflow
 * step has (WorkflowStepRecord), finance's approval level, and their GraphQL fields. Append-only.
 */
@ObjectType({ description: 'A recorded workflow step (流程记录): who did what, when and why. Never changed.' })
@Entity('workflow_step')
@Index(['subjectType', 'subjectId', 'occurredAt'])
export class WorkflowStep extends WorkflowStepRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => WorkflowAction, { description: 'What was done.' })
  declare action: WorkflowAction;

  @Field(() => ApprovalLevel, { nullable: true, description: 'The approval level acted at, for approvals and rejections.' })
  @Column('varchar', { length: 16, nullable: true })
  level: ApprovalLevel | null;

  @Field(() => ID, { description: 'The account that acted.' })
  declare actorAccountId: string;

  @Field(() => String, { nullable: true, description: 'Comment or rejection reason.' })
  declare comment: string | null;

  @Field({ description: 'When.' })
  declare occurredAt: Date;
}

/** Fields every request and claim shares: tenancy, requester, amount, approval progress. */
// Decorated so type-graphql passes its fields on to subclasses; never returned itself, so never emitted.
@ObjectType('ApprovalSubjectBase')
export abstract class ApprovalSubject extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The account that filed it.' })
  @RefColumn()
  requesterAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who filed it.' })
  @RefColumn({ nullable: true })
  requesterStaffId: string | null;

  @Field(() => Int, { description: 'Fiscal year (预算年度) whose budget it uses.' })
  @Column('int')
  fiscalYear: number;

  @Field(() => ApprovalLevel, { description: "Highest level that must approve, from the district's thresholds and the amount." })
  @Column('varchar', { length: 16 })
  requiredLevel: ApprovalLevel;

  @Field(() => ApprovalLevel, {
    nullable: true,
    description:
      'The level whose approval is awaited next (for a claim not yet reviewed, the first level after review); null when none is.',
  })
  @Column('varchar', { length: 16, nullable: true })
  nextApprovalLevel: ApprovalLevel | null;

  /** Amount committed against the budget at final approval, released at payment. */
  @FenColumn({ default: 0 })
  committedFen: number;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was filed.' })
  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
