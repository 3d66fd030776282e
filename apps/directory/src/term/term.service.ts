import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { calendarDayKind, checkDaySpan, isMakeUpWorkday, newId, parseId, shiftDate, type Page, type PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, paginate, recordAudit, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { SchoolTerm } from './term.entity';
import { announceTermSaved } from './term.events';
import type { CreateSchoolTermInput, UpdateSchoolTermInput } from './term.inputs';
import { checkNoOverlap, checkTermDates, TERMS_SHOWN } from './term.rules';
import { termReader, termSql } from './term.store';
import type { CalendarDay } from './term.types';

/** School terms (学期) and the school calendar (校历) they make with the national one. At `ctx.terms`. */
export class TermService {
  readonly reader: ScopedReader<SchoolTerm>;
  private bySchoolLoader?: DataLoader<string, SchoolTerm[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = termReader(ctx);
  }

  /** Terms of the schools the viewer may see, in creation order. */
  list(schoolId: string | null, page: PageArgs): Promise<Page<SchoolTerm>> {
    return paginate(termSql.list(this.ctx.dataSource.manager, this.reader, schoolId ? parseId(schoolId, 'schoolId') : null), page);
  }

  /** A school's latest TERMS_SHOWN terms, latest first (batched over a page of schools). */
  async ofSchool(schoolId: string): Promise<SchoolTerm[]> {
    this.bySchoolLoader ??= groupedLoader(
      (ids) => termSql.ofSchools(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (term) => term.schoolId,
    );
    return (await this.bySchoolLoader.load(schoolId)).slice(0, TERMS_SHOWN);
  }

  /** Each day from `from` to `to` (at most a year) on the school's calendar. */
  async calendar(schoolId: string, from: string, to: string): Promise<CalendarDay[]> {
    checkDaySpan(from, to);
    // All the school's terms (two a year): a day after the last one entered counts by the national calendar alone.
    const terms = await termSql.ofSchools(this.ctx.dataSource.manager, this.reader, [schoolId]).getMany();
    const days: CalendarDay[] = [];
    for (let day = from; day <= to; day = shiftDate(day, 1)) {
      days.push({ date: day, kind: calendarDayKind(day, terms), makeUpWorkday: isMakeUpWorkday(day) });
    }
    return days;
  }

  /** Adds a term to a school's calendar: permission first, then the dates, then one transaction that sees every other term. */
  async create(input: CreateSchoolTermInput): Promise<SchoolTerm> {
    requirePermission(this.ctx.viewer, P.createSchoolTerm, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    checkTermDates(input.startsOn, input.endsOn);
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, schoolId, 'schoolId');
      await this.checkFree(manager, school.id, input);
      const term = manager.create(SchoolTerm, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.id,
        name: input.name.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      });
      await manager.insert(SchoolTerm, term);
      await recordAudit(manager, this.ctx, {
        action: 'schoolTerm.create',
        entityType: 'SchoolTerm',
        entityId: term.id,
        districtId: term.districtId,
        schoolId: term.schoolId,
        changes: { name: term.name, startsOn: term.startsOn, endsOn: term.endsOn },
      });
      const created = await manager.findOneOrFail(SchoolTerm, { where: { id: term.id } });
      await announceTermSaved(manager, this.ctx, created);
      return created;
    });
  }

  /** Renames a term or moves its dates, at the version read; the same date rules as a new one. */
  async update(input: UpdateSchoolTermInput): Promise<SchoolTerm> {
    requirePermission(this.ctx.viewer, P.updateSchoolTerm);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateSchoolTerm, current.schoolId);
      const next = { startsOn: input.startsOn ?? current.startsOn, endsOn: input.endsOn ?? current.endsOn };
      checkTermDates(next.startsOn, next.endsOn);
      if (next.startsOn !== current.startsOn || next.endsOn !== current.endsOn)
        await this.checkFree(manager, current.schoolId, next, current.id);
      const changes: Partial<SchoolTerm> = { ...next, ...(input.name != null ? { name: input.name.trim() } : {}) };
      const saved = await saveEdit(manager, this.ctx, {
        entity: SchoolTerm,
        typeName: 'SchoolTerm',
        current,
        version: input.version,
        changes,
        audit: { action: 'schoolTerm.update', schoolId: current.schoolId },
      });
      await announceTermSaved(manager, this.ctx, saved);
      return saved;
    });
  }

  /** The school's row locked, then no other term of it may overlap these dates. */
  private async checkFree(manager: EntityManager, schoolId: string, dates: { startsOn: string; endsOn: string }, except?: string) {
    await termSql.lockSchool(manager, schoolId).getOne();
    const others = (await termSql.ofSchool(manager, schoolId).getMany()).filter((term) => term.id !== except);
    checkNoOverlap(dates, others);
  }
}
