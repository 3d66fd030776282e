import { Column } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/** Longest comment or reason a step keeps. */
export const STEP_COMMENT_MAX = 500;

/**
 * The columns of a recorded workflow step (流程记录): who did what to which record, when, and why.
 * Steps are append-only. Each service declares its own `workflow_step` entity extending this one,
 * with the GraphQL fields and enums of its flows (and any extra column, e.g. finance's approval level):
 *
 *   @ObjectType(…) @Entity('workflow_step') @Index(['subjectType', 'subjectId', 'occurredAt'])
 *   export class WorkflowStep extends WorkflowStepRecord { … }
 */
export abstract class WorkflowStepRecord {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  /** Which flow the record belongs to, e.g. PURCHASE_REQUEST. */
  @Column('varchar', { length: 24 })
  subjectType: string;

  @RefColumn()
  subjectId: string;

  /** The step taken, e.g. APPROVED. */
  @Column('varchar', { length: 16 })
  action: string;

  @RefColumn()
  actorAccountId: string;

  @Column('varchar', { length: STEP_COMMENT_MAX, nullable: true })
  comment: string | null;

  @InstantColumn()
  occurredAt: Date;
}
