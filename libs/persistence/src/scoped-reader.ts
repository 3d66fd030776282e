import type DataLoader from 'dataloader';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { notFound, type Page, type PageArgs, parseId } from '@houqin/common';
import { requireViewer, type Viewer } from '@houqin/auth';
import { applySchoolScope, byIdLoader, paginate, type ScopeColumns } from './queries';

/**
 * A rule narrowing what a viewer sees within the tenancy scope, e.g. "a school's finance staff see
 * all its requests, anyone else only their own". It adds conditions to the query; it never widens it.
 */
export type Visibility<T extends ObjectLiteral> = (qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) => void;

export interface ScopedReaderOptions<T extends ObjectLiteral> {
  /** Where the row's school and district are; default `<alias>.schoolId` / `<alias>.districtId`. */
  columns?: ScopeColumns;
  /**
   * `school` (default): rows of the viewer's schools, or the whole district for district roles.
   * `district`: rows shared by every school of the viewer's district (e.g. suppliers, categories).
   */
  level?: 'school' | 'district';
  /** A further rule on top of the scope (see `Visibility`). */
  visibility?: Visibility<T>;
}

/**
 * Reads of one entity type through the tenancy rule, for one request: a scoped query builder, a
 * batched `byId` for field and reference resolvers, `get` (NOT_FOUND outside the scope), `getIn`
 * inside a transaction, and paginated lists. Every service reads its tenant-owned tables through
 * one of these, so no read can forget the scope.
 */
export class ScopedReader<T extends ObjectLiteral & { id: string }> {
  private loader?: DataLoader<string, T | null>;

  constructor(
    private readonly ctx: { viewer: Viewer | null; dataSource: DataSource },
    private readonly entity: EntityTarget<T>,
    /** GraphQL type name, for NOT_FOUND messages. */
    private readonly typeName: string,
    private readonly alias: string,
    private readonly options: ScopedReaderOptions<T> = {},
  ) {}

  /** A query over the rows the viewer may see (UNAUTHENTICATED without a viewer). */
  query(manager: EntityManager = this.ctx.dataSource.manager): SelectQueryBuilder<T> {
    const viewer = requireViewer(this.ctx.viewer);
    const qb = manager.getRepository(this.entity).createQueryBuilder(this.alias);
    if (this.options.level === 'district') {
      const district = this.options.columns?.district ?? `${this.alias}.districtId`;
      qb.andWhere(`${district} = :scopeDistrictId`, { scopeDistrictId: viewer.districtId });
    } else {
      applySchoolScope(qb, viewer, this.options.columns);
    }
    this.options.visibility?.(qb, viewer, this.alias);
    return qb;
  }

  /** Batched lookup: N ids in one tick, one statement; unknown or out-of-scope ids give null. */
  byId(id: string): Promise<T | null> {
    if (!this.ctx.viewer) return Promise.resolve(null);
    this.loader ??= byIdLoader((ids) => this.query().andWhere(`${this.alias}.id IN (:...ids)`, { ids }).getMany());
    return this.loader.load(id);
  }

  /** One row by a client-given id: BAD_USER_INPUT if malformed, NOT_FOUND if absent or out of scope. */
  async get(id: string, field = 'id'): Promise<T> {
    const rowId = parseId(id, field);
    requireViewer(this.ctx.viewer);
    const row = await this.byId(rowId);
    if (!row) throw notFound(this.typeName, rowId);
    return row;
  }

  /** The row, read inside a transaction (e.g. before changing it); NOT_FOUND outside the scope. */
  async getIn(manager: EntityManager, id: string, field = 'id'): Promise<T> {
    const rowId = parseId(id, field);
    const row = await this.query(manager).andWhere(`${this.alias}.id = :rowId`, { rowId }).getOne();
    if (!row) throw notFound(this.typeName, rowId);
    return row;
  }

  /** A page of the rows in scope, after `filter` narrows the query. */
  list(page: PageArgs, filter: (qb: SelectQueryBuilder<T>) => void = () => undefined): Promise<Page<T>> {
    const qb = this.query();
    filter(qb);
    return paginate(qb, page);
  }
}
