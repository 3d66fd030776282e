import type DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type EntityTarget, type QueryDeepPartialEntity } from 'typeorm';
import { conflict, newId } from '@houqin/common';
import { may, requirePermission, type Permission, type Viewer } from '@houqin/auth';
import { groupedLoader, recordAudit, type Actor } from '@houqin/persistence';
import { requireSeparateDuty, sameDuty, type DutySeparation } from './duties';
import type { WorkflowStepRecord } from './step.entity';

/** What every record that moves through a flow has: tenancy, a status and an optimistic-lock version. */
export interface FlowRecord<S extends string = string> {
  id: string;
  districtId: string;
  schoolId: string;
  status: S;
  version: number;
}

/** The actor of a step an event or a scheduled job took (no one signed in): `workflow_step.actorAccountId`. */
export const SYSTEM_ACTOR_ID = 'system';

/** One row of a flow's transition table: state × action → next state, who may, what it records. */
export interface Transition<S extends string, R> {
  /** States the action may start from; empty for the action that creates the record. */
  from: readonly S[];
  /** States it may lead to; when there are several, the service names one (e.g. approved, or on to the next level). */
  to: readonly S[];
  /** Who may take it, checked at the record's school. */
  permission: Permission;
  /** Separation of duties: who may not take it, and what to call the refusal ("approve"). */
  separate?: DutySeparation<R> & { doing: string };
  /** The step recorded in the workflow history; defaults to the action's own name. */
  records?: string;
  /** The audit verb, e.g. `approve` gives `purchaseRequest.approve`. */
  audit: string;
}

export interface FlowDefinition<S extends string, A extends string, R extends FlowRecord<S>> {
  /** The record's GraphQL type, also its audit `entityType`, e.g. `PurchaseRequest`. */
  name: string;
  /** Stored in `workflow_step.subjectType`, e.g. `PURCHASE_REQUEST`. */
  subjectType: string;
  /** How messages name one record, e.g. `request`. */
  noun: string;
  /** Prefix of its audit actions, e.g. `purchaseRequest`. */
  auditPrefix: string;
  /** Every state, in the order a record usually passes them. */
  states: readonly S[];
  entity: EntityTarget<R>;
  /** The service's `workflow_step` entity. */
  stepEntity: EntityTarget<WorkflowStepRecord>;
  transitions: Record<A, Transition<S, R>>;
}

/** What a step records besides who and when. */
export interface StepOptions {
  /** Comment or reason, kept with the step (trimmed; empty is none). */
  comment?: string | null;
  /** What changed, for the audit entry. */
  changes: Record<string, unknown>;
  /** Extra columns of the service's step entity, e.g. `{ level }`. */
  columns?: Record<string, unknown>;
}

export interface MoveOptions<S extends string, R> extends StepOptions {
  /** The next state, when the transition may lead to several. */
  to?: S;
  /** Other columns the step changes on the record, in the same guarded update. */
  set?: QueryDeepPartialEntity<R>;
}

/**
 * A declared workflow (a state machine with recorded transitions, brief §5). Every transition goes
 * through `check` (FORBIDDEN or CONFLICT) and `commit` (one guarded update, the step and the audit
 * entry, in the caller's transaction), so no service hand-writes that sequence again.
 */
export class Flow<S extends string, A extends string, R extends FlowRecord<S>> {
  constructor(readonly definition: FlowDefinition<S, A, R>) {
    for (const [action, rule] of Object.entries<Transition<S, R>>(definition.transitions)) {
      const unknown = [...rule.from, ...rule.to].filter((s) => !definition.states.includes(s));
      if (unknown.length) throw new Error(`${definition.name}.${action} names unknown states: ${unknown.join(', ')}`);
      if (!rule.to.length) throw new Error(`${definition.name}.${action} leads nowhere.`);
    }
  }

  get transitions(): Record<A, Transition<S, R>> {
    return this.definition.transitions;
  }

  /** The viewer allowed to take `action` at `schoolId`, before the record exists (filing it): else FORBIDDEN. */
  allow(viewer: Viewer | null | undefined, action: A, schoolId: string): Viewer {
    return requirePermission(viewer, this.transitions[action].permission, schoolId);
  }

  /**
   * Which rule refuses the viewer `action` on `record` now, in `check`'s order, or null when none
   * does: their roles at the record's school (`role`), the record's state (`state`), separation of
   * duties (`duty`). The one reading of those rules, for `check` and for what a client is shown it
   * may do (`allows`).
   */
  refusal(viewer: Viewer | null | undefined, action: A, record: R): 'role' | 'state' | 'duty' | null {
    const rule = this.transitions[action];
    if (!viewer || !may(viewer, rule.permission, record.schoolId)) return 'role';
    if (!rule.from.includes(record.status)) return 'state';
    if (rule.separate && sameDuty(viewer.accountId, record, rule.separate)) return 'duty';
    return null;
  }

  /** Whether `check` lets the viewer take `action` on `record` now (no error built, for lists of records). */
  allows(viewer: Viewer | null | undefined, action: A, record: R): boolean {
    return this.refusal(viewer, action, record) === null;
  }

  /**
   * Whether the viewer may take `action` on `record` now (see `refusal`): else FORBIDDEN for their
   * roles (UNAUTHENTICATED without a viewer), CONFLICT for the state (a skipped or repeated step),
   * FORBIDDEN for separation of duties. The state comes before separation of duties because that
   * rule is about who takes a step the record can take: a filer asking to approve a request already
   * approved is told it is approved. Returns the step to commit once the service has validated its input.
   */
  check(viewer: Viewer | null | undefined, action: A, record: R): PendingStep<S, A, R> {
    const rule = this.transitions[action];
    const refused = this.refusal(viewer, action, record);
    const actor = requirePermission(viewer, rule.permission, record.schoolId);
    if (refused === 'state') {
      const needed = rule.from.length ? `this step needs it to be ${rule.from.join(' or ')}` : 'this step only starts a new one';
      throw conflict(`The ${this.definition.noun} is ${record.status}; ${needed}.`, { status: record.status });
    }
    if (refused === 'duty' && rule.separate) requireSeparateDuty(actor.accountId, record, rule.separate, rule.separate.doing);
    if (refused !== null) throw new Error(`${this.definition.name}.${action}: refused by ${refused} but not thrown.`);
    return new PendingStep(this, action, record, actor);
  }

  /** Records the step that created `record` (an action whose `from` is empty), with its audit entry. */
  async recordCreation(manager: EntityManager, actor: Actor, action: A, record: R, options: StepOptions): Promise<void> {
    if (this.transitions[action].from.length) throw new Error(`${this.definition.name}.${action} does not create a record.`);
    await this.recordStep(manager, actor, action, record, options);
  }

  /**
   * A step nobody signed in takes: an event from another service or a scheduled job moves the record
   * (a repair that came back closes a hazard's rectification). No permission applies; the state must
   * allow it (else CONFLICT) and the record must be the version read. The step's actor is
   * SYSTEM_ACTOR_ID and its audit entry has no account; the actor's requestId names the event or job.
   */
  async commitAsSystem(manager: EntityManager, actor: Actor, action: A, record: R, options: MoveOptions<S, R>): Promise<R> {
    if (!this.transitions[action].from.includes(record.status))
      throw conflict(`The ${this.definition.noun} is ${record.status}; ${action} cannot be taken from it.`, { status: record.status });
    return this.move(manager, actor, action, record, options);
  }

  /** The guarded update of a step (`commit`, `commitAsSystem`): only from the version read, then the step and its audit entry. */
  async move(manager: EntityManager, actor: Actor, action: A, record: R, options: MoveOptions<S, R>): Promise<R> {
    const { definition } = this;
    const rule = this.transitions[action];
    const to = options.to ?? (rule.to.length === 1 ? rule.to[0] : undefined);
    if (!to || !rule.to.includes(to)) throw new Error(`${definition.name}.${action} cannot lead to ${String(to)}.`);
    const changes = { ...options.set, status: to } as unknown as QueryDeepPartialEntity<R>;
    const result = await manager
      .createQueryBuilder()
      .update(definition.entity)
      .set(changes)
      .where('id = :id AND version = :version', { id: record.id, version: record.version })
      .comment('workflow.move')
      .execute();
    if (!result.affected) throw conflict(`The ${definition.noun} was changed by someone else meanwhile; reload it.`);
    await this.recordStep(manager, actor, action, record, options);
    return manager.findOneOrFail(definition.entity, { where: { id: record.id } as never });
  }

  /** Appends a step and its audit entry (never updated: steps are the record's history). */
  async recordStep(manager: EntityManager, actor: Actor, action: A, record: FlowRecord<S>, options: StepOptions): Promise<void> {
    const { definition } = this;
    const rule = this.transitions[action];
    await manager
      .createQueryBuilder()
      .insert()
      .into(definition.stepEntity)
      .values({
        id: newId(),
        districtId: record.districtId,
        schoolId: record.schoolId,
        subjectType: definition.subjectType,
        subjectId: record.id,
        action: rule.records ?? action,
        actorAccountId: actor.viewer?.accountId ?? SYSTEM_ACTOR_ID,
        comment: options.comment?.trim() || null,
        occurredAt: new Date(),
        ...options.columns,
      })
      .comment('workflow.recordStep')
      .execute();
    await recordAudit(manager, actor, {
      action: `${definition.auditPrefix}.${rule.audit}`,
      entityType: definition.name,
      entityId: record.id,
      districtId: record.districtId,
      schoolId: record.schoolId,
      changes: options.changes,
    });
  }

  /** Every step of many records of this flow in one statement, oldest first (a per-request loader). */
  stepsLoader<T extends WorkflowStepRecord>(dataSource: DataSource): DataLoader<string, T[]> {
    const { subjectType, stepEntity } = this.definition;
    return groupedLoader(
      (ids) =>
        dataSource
          .getRepository(stepEntity as EntityTarget<T>)
          .createQueryBuilder('step')
          .where({ subjectType, subjectId: In([...ids]) })
          .orderBy('step.occurredAt', 'ASC')
          .addOrderBy('step.id', 'ASC')
          .comment('workflow.stepsOf')
          .getMany(),
      (step) => step.subjectId,
    );
  }

  /** The transition table as a Mermaid state diagram (docs print it; a test keeps them in step). */
  diagram(): string {
    const lines = ['stateDiagram-v2'];
    for (const [action, rule] of Object.entries<Transition<S, R>>(this.transitions)) {
      const who = [...(rule.permission.school ?? []), ...(rule.permission.district ?? []).map((r) => `district ${r}`)].join(', ');
      const label = `${action}${who ? ` (${who})` : ''}${rule.separate ? ', separation of duties' : ''}`;
      for (const from of rule.from.length ? rule.from : ['[*]']) {
        for (const to of rule.to) lines.push(`  ${from} --> ${to}: ${label}`);
      }
    }
    return lines.join('\n');
  }
}

/** A transition that passed `Flow.check`; `commit` applies it. */
export class PendingStep<S extends string, A extends string, R extends FlowRecord<S>> {
  constructor(
    private readonly flow: Flow<S, A, R>,
    readonly action: A,
    readonly record: R,
    /** The viewer who is taking the step. */
    readonly viewer: Viewer,
  ) {}

  /**
   * Moves the record on only if it is unchanged since it was read (its version), so two people
   * acting at once cannot both move it: the second gets CONFLICT. Then records the step and its
   * audit entry, and returns the record as it now is.
   */
  async commit(manager: EntityManager, actor: Actor, options: MoveOptions<S, R>): Promise<R> {
    return this.flow.move(manager, actor, this.action, this.record, options);
  }
}

/** Declares a flow from its transition table. */
export function defineFlow<S extends string, A extends string, R extends FlowRecord<S>>(
  definition: FlowDefinition<S, A, R>,
): Flow<S, A, R> {
  return new Flow(definition);
}
