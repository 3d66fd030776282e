import { requirePermission } from '@houqin/auth';
import { badInput, type Page, type PageArgs, parseId, resolvePage, todayIn, toPage } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { RequisitionStatus } from '../storeroom/storeroom.entity';
import { addDays, dueState, HISTORY_MONTHS, predictNext, type Requisitioned } from './replacement.rules';
import { historyReader, type HistoryRow, replacementSql } from './replacement.store';
import { ReplacementConfidenceLevel, type ReplacementDue, ReplacementDueState } from './replacement.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Replacement before it is asked for (预测更换, replacement/): for each room and item of a school, the
 * next day the room needs the item, from its requisition history (replacement.rules.ts), and what to
 * bring to which room in a week. At `ctx.replacements`.
 */
export class ReplacementService {
  private readonly history;

  constructor(private readonly ctx: FacilitiesContext) {
    this.history = historyReader(ctx);
  }

  /**
   * What to bring to which room in the week of `weekOf` (today at the school when left out): every
   * room and item whose prediction is due that week or overdue and not requisitioned since. One
   * statement over the last HISTORY_MONTHS months of the school's requisitions; a page in key order.
   */
  async due(schoolIdArg: string, weekOf: string | null, page: PageArgs): Promise<Page<ReplacementDue>> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolIdArg);
    const schoolId = parseId(schoolIdArg, 'schoolId');
    if (weekOf != null && (!DAY.test(weekOf) || Number.isNaN(Date.parse(`${weekOf}T00:00:00Z`))))
      throw badInput('weekOf', 'weekOf must be a date, YYYY-MM-DD.');
    const window = resolvePage(page);
    const manager = this.ctx.dataSource.manager;
    const timeZone = await this.ctx.directoryCopy.timeZoneOf(schoolId);
    const day = weekOf ?? todayIn(timeZone, this.ctx.now());
    // A year and a day back (the bound is generous by a day; the zone's offset is under one).
    const since = new Date(`${addDays(day, -(HISTORY_MONTHS * 31))}T00:00:00Z`);
    const rows = await replacementSql.history(manager, this.history, schoolId, since).getRawMany<HistoryRow>();
    const groups = new Map<string, { roomId: string; itemId: string; history: Requisitioned[]; pending: boolean; lastLineId: string }>();
    for (const row of rows) {
      const key = `${row.roomId}|${row.itemId}`;
      const group = groups.get(key) ?? { roomId: row.roomId, itemId: row.itemId, history: [], pending: false, lastLineId: row.lineId };
      groups.set(key, group);
      if (row.status === RequisitionStatus.REQUESTED || row.status === RequisitionStatus.APPROVED) {
        group.pending = true;
        continue;
      }
      if (!row.issuedAt) continue;
      const issuedOn = todayIn(timeZone, new Date(row.issuedAt));
      if (issuedOn > day) continue; // the history as known on the day asked
      group.history.push({ day: issuedOn, quantity: Number(row.quantity) });
      group.lastLineId = row.lineId;
    }
    const due: ReplacementDue[] = [];
    for (const group of groups.values()) {
      const prediction = predictNext(group.history);
      if (!prediction) continue;
      const state = dueState(prediction, day, group.pending);
      if (!state) continue;
      due.push({
        id: group.lastLineId,
        roomId: group.roomId,
        itemId: group.itemId,
        state: ReplacementDueState[state],
        lastRequisitionedOn: prediction.lastDay,
        lastQuantity: prediction.lastQuantity,
        predictedOn: prediction.predictedDay,
        expectedDays: prediction.expectedDays,
        medianDaysPerUnit: prediction.medianDaysPerUnit,
        intervalsUsed: prediction.intervalsUsed,
        requisitionCount: prediction.requisitionCount,
        confidence: ReplacementConfidenceLevel[prediction.confidence],
        quantityToBring: prediction.quantityToBring,
      });
    }
    due.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const after = window.afterId;
    return toPage(after ? due.filter((d) => d.id > after) : due, window.limit);
  }
}
