import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { FenColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, CreatedAtColumn, UpdatedAtColumn } from '@houqin/persistence';
import { WorkflowStepRecord } from '@houqin/workflow';
import { ApprovalLevel, ClaimStatus, Fund, LIMITS, PurchaseStatus, WorkflowAction } from '../enums';

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
abstract class ApprovalSubject {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'District of the school.' })
  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school.' })
  @RefColumn()
  schoolId: string;

  @Field(() => ID, { description: 'The account that filed it.' })
  @RefColumn()
  requesterAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who filed it.' })
  @RefColumn({ nullable: true })
  requesterStaffId: string | null;

  @Field(() => Int, { description: 'Fiscal year (预算年度) whose budget it uses.' })
  @Column('int')
  fiscalYear: number;

  @Field(() => ApprovalLevel, { description: 'Highest level that must approve, from the district\'s thresholds and the amount.' })
  @Column('varchar', { length: 16 })
  requiredLevel: ApprovalLevel;

  @Field(() => ApprovalLevel, { nullable: true, description: 'The level whose approval is awaited next (for a claim not yet reviewed, the first level after review); null when none is.' })
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

@ObjectType({ description: 'A purchase request (物品申报): items a staff member asks the school to buy, through approval, order, receipt and payment.' })
@Entity('purchase_request')
@Index(['schoolId', 'status'])
@Index(['requesterAccountId'])
export class PurchaseRequest extends ApprovalSubject {
  @Field(() => ID, { description: 'Budget category it is charged to.' })
  @RefColumn()
  categoryId: string;

  @Field({ description: 'Why the items are needed.' })
  @Column('varchar', { length: LIMITS.text })
  reason: string;

  @Field(() => PurchaseStatus, { description: 'Where the request is in its workflow.' })
  @Column('varchar', { length: 24 })
  status: PurchaseStatus;

  @FenColumn()
  estimatedTotalFen: number;

  @Field(() => ID, { nullable: true, description: 'Supplier it was ordered from.' })
  @RefColumn({ nullable: true })
  supplierId: string | null;

  @FenColumn({ nullable: true })
  orderedTotalFen: number | null;
}

@ObjectType({ description: 'One item of a purchase request.' })
@Entity('purchase_request_line')
@Index(['requestId', 'lineNo'], { unique: true })
export class PurchaseRequestLine {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  requestId: string;

  @Column('int')
  lineNo: number;

  @Field({ description: 'What is wanted, e.g. "A4 copy paper, 70 g".' })
  @Column('varchar', { length: LIMITS.text })
  description: string;

  @Field(() => Int, { description: 'How many units.' })
  @Column('int')
  quantity: number;

  @Field({ description: 'Unit, e.g. box, piece, kg (单位).' })
  @Column('varchar', { length: LIMITS.unit })
  unit: string;

  @FenColumn()
  estimatedUnitPriceFen: number;

  @FenColumn({ nullable: true })
  actualUnitPriceFen: number | null;

  @Field(() => Int, { description: 'Units received so far.' })
  @Column('int', { default: 0 })
  receivedQuantity: number;
}

@ObjectType({ description: 'An expense claim (报账单): invoices a staff member paid and claims back, reviewed by the accountant and approved by amount.' })
@Entity('expense_claim')
@Index(['schoolId', 'status'])
@Index(['requesterAccountId'])
export class ExpenseClaim extends ApprovalSubject {
  @Field({ description: 'What the claim is for.' })
  @Column('varchar', { length: LIMITS.text })
  title: string;

  @Field(() => Fund, { description: 'The account that pays it (from its categories).' })
  @Column('varchar', { length: 16 })
  fund: Fund;

  @Field(() => ClaimStatus, { description: 'Where the claim is in its workflow.' })
  @Column('varchar', { length: 16 })
  status: ClaimStatus;

  @FenColumn()
  totalFen: number;
}

@ObjectType({ description: 'One invoice of an expense claim.' })
@Entity('expense_claim_line')
@Index(['claimId', 'lineNo'], { unique: true })
export class ExpenseClaimLine {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  claimId: string;

  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'Budget category.' })
  @RefColumn()
  categoryId: string;

  @FenColumn()
  amountFen: number;

  @Field({ description: 'Invoice number (发票号码); never claimed twice in the district.' })
  @Column('varchar', { length: LIMITS.invoice })
  invoiceNumber: string;

  @Field(() => [String], { description: 'References of scanned invoices and receipts (附件).' })
  @Column('simple-json')
  attachments: string[];
}

/** Every invoice number ever claimed in a district: the unique index makes a second claim impossible, even concurrently. */
@Entity('claimed_invoice')
@Index(['districtId', 'invoiceNumber'], { unique: true })
export class ClaimedInvoice {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @Column('varchar', { length: LIMITS.invoice })
  invoiceNumber: string;

  @RefColumn()
  claimLineId: string;
}
