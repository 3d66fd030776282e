import type DataLoader from 'dataloader';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { notFound, Page, PageArgs, parseId } from '@houqin/common';
import { requireViewer, Viewer } from '@houqin/auth';
import { applySchoolScope, byIdLoader, paginate, ScopeColumns } from './queries';

/**
 * Reads of one entity type through the tenancy rule, for one request: a scoped query builder, a
 * batched `byId` for field and reference resolvers, `get` (NOT_FOUND outside the scope) and
 * paginated lists. Every service reads its school-owned tables through one of these.
 */
export class ScopedReader<T extends ObjectLiteral & { id: string }> {
  private loader?: DataLoader<string, T | null>;

  constructor(
    private readonly ctx: { viewer: Viewer | null; dataSource: DataSource },
    private readonly entity: EntityTarget<T>,
    /** GraphQL type name, for NOT_FOUND messages. */
    private readonly typeName: string,
    private readonly alias: string,
    /** Where the row's school and district are; default `<alias>.schoolId` / `<alias>.districtId`. */
    private readonly columns?: ScopeColumns,
  ) {}

  /** A query over the rows the viewer may see (UNAUTHENTICATED without a viewer). */
  query(manager: EntityManager = this.ctx.dataSource.manager): SelectQueryBuilder<T> {
    const qb = manager.getRepository(this.entity).createQueryBuilder(this.alias);
    return applySchoolScope(qb, requireViewer(this.ctx.viewer), this.columns);
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
