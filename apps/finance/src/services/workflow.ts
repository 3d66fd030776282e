import type { EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '@houqin/auth';
import { applySchoolScope } from '@houqin/persistence';
import type { ExpenseClaim, PurchaseRequest } from '../entities';
import { restrictToReadableBooks } from '../rules';

/** What filing returns: the record, and budget warnings under a WARN policy (empty when within budget). */
export interface Submitted<T> {
  record: T;
  warnings: string[];
}

/** A purchase request or expense claim: what every workflow step reads and moves. */
export type WorkflowRecord = PurchaseRequest | ExpenseClaim;

/**
 * Requests or claims the viewer may see, as a query: the one visibility rule of both workflows.
 * District roles see their district, a school's finance staff all of their school's, anyone else
 * only what they filed (on top of the tenancy scope).
 */
export function visibleSubjects<T extends WorkflowRecord>(manager: EntityManager, entity: EntityTarget<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  return restrictToReadableBooks(applySchoolScope(manager.getRepository(entity).createQueryBuilder(alias), viewer), alias, viewer, true);
}
