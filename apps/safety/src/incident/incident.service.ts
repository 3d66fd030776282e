import type DataLoader from 'dataloader';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, newId, parseId, reportPeriod, type Page, type PageArgs } from '@houqin/common';
import { publishEvent, safetyEvents } from '@houqin/events';
import { groupedLoader, recordAudit, saveEdit, ScopedReader, LoadersByArgument } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { ActionItemSource } from '../action-item/action-item.entity';
import { IncidentStatus, SafetyIncident } from './incident.entity';
import type { IncidentStepInput, InvestigateIncidentInput, ReportIncidentInput } from './incident.inputs';
import { checkIncident, reportDueAt } from './incident.rules';
import { type IncidentCountRow, incidentSql } from './incident.store';

/** What the incident events say of an incident. */
const incidentFacts = (i: Pick<SafetyIncident, 'id' | 'schoolId' | 'type' | 'place' | 'injured' | 'occurredAt'>) => ({
  incidentId: i.id,
  schoolId: i.schoolId,
  type: i.type,
  place: i.place,
  injured: i.injured,
  occurredAt: new Date(i.occurredAt).toISOString(),
});

/**
 * Incidents (安全事故/事件): reported with what was done at once, investigated (root cause, corrective and
 * preventive actions), a serious one reported to the district within the district's hours, closed when
 * every action is done. Never deleted. At `ctx.incidents`.
 */
export class IncidentService {
  readonly reader: ScopedReader<SafetyIncident>;
  private countLoaders = new LoadersByArgument<string, DataLoader<string, IncidentCountRow[]>>();

  constructor(private readonly ctx: SafetyContext) {
    this.reader = new ScopedReader(ctx, SafetyIncident, 'SafetyIncident', 'inc');
  }

  /** A school's incidents, latest first: its safety office and the district. */
  list(schoolId: string, page: PageArgs): Promise<Page<SafetyIncident>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readSafety, id);
    return this.reader.list(page, (qb) => qb.andWhere('inc.schoolId = :id', { id }));
  }

  /** One incident: the school's safety office and the district, and whoever owns one of its actions (to carry it out). */
  async get(id: string): Promise<SafetyIncident> {
    const incident = await this.reader.get(id);
    if (!(await this.ctx.actionItems.ownsOneOf(incident.id))) requirePermission(this.ctx.viewer, P.readSafety, incident.schoolId);
    return incident;
  }

  /** Incidents per school in a period (this month by default), batched over a page of schools. */
  async countsOf(schoolId: string, from: string | null, to: string | null): Promise<IncidentCountRow> {
    requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    const period = reportPeriod(from, to, this.ctx.now());
    const key = `${period.from}|${period.to}`;
    const loader = this.countLoaders.get(key, () =>
      groupedLoader(
        (ids) =>
          incidentSql.countsOf(this.ctx.dataSource.manager, ids, period.start, period.end, this.ctx.now()).getRawMany<IncidentCountRow>(),
        (row) => row.schoolId,
      ),
    );
    return (await loader.load(schoolId))[0] ?? { schoolId, incidents: 0, serious: 0, injured: 0, reportedLate: 0 };
  }

  /** The safety office reports an incident at its school; a serious one is due at the district within the district's hours. */
  async report(input: ReportIncidentInput): Promise<SafetyIncident> {
    requirePermission(this.ctx.viewer, P.reportIncident);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.reportIncident, schoolId);
    checkIncident(input, this.ctx.now());
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const { roomId } = await this.ctx.zones.placeIn(manager, schoolId, { zoneId: null, roomId: input.roomId ?? null });
      const hours = (await this.ctx.settings.settingsOf(manager, viewer.districtId)).incidentReportHours;
      const incident = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        type: input.type,
        occurredAt: input.occurredAt,
        place: input.place.trim(),
        roomId,
        peopleAffected: input.peopleAffected,
        injured: input.injured,
        description: input.description.trim(),
        immediateActions: input.immediateActions.trim(),
        serious: input.serious,
        reportDueAt: reportDueAt(input.occurredAt, input.serious, hours),
        reportedToDistrictAt: null,
        rootCause: null,
        status: IncidentStatus.REPORTED,
        reportedByAccountId: viewer.accountId,
        closedAt: null,
      };
      await manager.insert(SafetyIncident, incident);
      await recordAudit(manager, this.ctx, {
        action: 'incident.report',
        entityType: 'SafetyIncident',
        entityId: incident.id,
        districtId: viewer.districtId,
        schoolId,
        changes: incident,
      });
      // A serious one tells the school's leaders at once: they report it to the district (reportIncidentToDistrict).
      if (incident.serious && incident.reportDueAt)
        await publishEvent(manager, this.ctx, safetyEvents.incidentSerious, {
          districtId: incident.districtId,
          schoolId,
          payload: {
            ...incidentFacts(incident),
            reportDueAt: incident.reportDueAt.toISOString(),
          },
        });
      return manager.findOneOrFail(SafetyIncident, { where: { id: incident.id } });
    });
  }

  /** Its root cause and actions (corrective, preventive) with owners and deadlines: once, from REPORTED. */
  async investigate(input: InvestigateIncidentInput): Promise<SafetyIncident> {
    requirePermission(this.ctx.viewer, P.investigateIncident);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.investigateIncident, current.schoolId);
      if (current.status !== IncidentStatus.REPORTED)
        throw conflict(`The incident is ${current.status.toLowerCase()}: its investigation is recorded once.`);
      if (!input.actions.length) throw badInput('actions', 'Give at least one corrective or preventive action.');
      const today = await this.ctx.directoryCopy.todayAt(current.schoolId, manager);
      await this.ctx.actionItems.addIn(
        manager,
        { districtId: current.districtId, schoolId: current.schoolId, source: ActionItemSource.INCIDENT, sourceId: current.id },
        input.actions,
        today,
        'actions',
      );
      return saveEdit(manager, this.ctx, {
        entity: SafetyIncident,
        typeName: 'SafetyIncident',
        current,
        version: input.version,
        changes: { rootCause: input.rootCause.trim(), status: IncidentStatus.INVESTIGATED },
        audit: {
          action: 'incident.investigate',
          schoolId: current.schoolId,
          changes: { rootCause: input.rootCause, actions: input.actions },
        },
      });
    });
  }

  /** The principal or director records it reported to the district (上报): a serious one, once. */
  async reportToDistrict(input: IncidentStepInput): Promise<SafetyIncident> {
    requirePermission(this.ctx.viewer, P.reportIncidentToDistrict);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.reportIncidentToDistrict, current.schoolId);
      if (!current.serious) throw badInput('id', 'Only a serious incident is reported to the district.');
      if (current.reportedToDistrictAt) throw conflict('The incident was already reported to the district.');
      const reportedAt = this.ctx.now();
      const saved = await saveEdit(manager, this.ctx, {
        entity: SafetyIncident,
        typeName: 'SafetyIncident',
        current,
        version: input.version,
        changes: { reportedToDistrictAt: reportedAt },
        audit: { action: 'incident.reportToDistrict', schoolId: current.schoolId },
      });
      const due = current.reportDueAt ?? reportedAt;
      await publishEvent(manager, this.ctx, safetyEvents.incidentReportedToDistrict, {
        districtId: current.districtId,
        schoolId: current.schoolId,
        payload: {
          ...incidentFacts(current),
          reportDueAt: due.toISOString(),
          reportedAt: reportedAt.toISOString(),
          inTime: reportedAt.getTime() <= due.getTime(),
        },
      });
      return saved;
    });
  }

  /** The principal or director closes it (结案): investigated, every action done, a serious one reported to the district. */
  async close(input: IncidentStepInput): Promise<SafetyIncident> {
    requirePermission(this.ctx.viewer, P.closeIncident);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.closeIncident, current.schoolId);
      if (current.status !== IncidentStatus.INVESTIGATED)
        throw conflict(
          current.status === IncidentStatus.CLOSED ? 'The incident is closed.' : 'Record its investigation before closing it.',
        );
      if (!(await this.ctx.actionItems.allDoneIn(manager, current.id)))
        throw conflict('Every corrective and preventive action must be done before closing.');
      if (current.serious && !current.reportedToDistrictAt)
        throw conflict('A serious incident is reported to the district before it is closed.');
      return saveEdit(manager, this.ctx, {
        entity: SafetyIncident,
        typeName: 'SafetyIncident',
        current,
        version: input.version,
        changes: { status: IncidentStatus.CLOSED, closedAt: this.ctx.now() },
        audit: { action: 'incident.close', schoolId: current.schoolId },
      });
    });
  }
}
