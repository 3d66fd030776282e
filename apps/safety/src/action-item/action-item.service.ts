import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { type Permission, may, requirePermission } from '@houqin/auth';
import { badInput, conflict, forbidden, newId, parseId, toPage, type Page, type PageArgs } from '@houqin/common';
import { groupedLoader, paginate, saveEdit, ScopedReader } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { ACTIONS_MAX, ActionItemKind, ActionItemSource, SafetyActionItem } from './action-item.entity';
import type { ActionItemInput, CompleteActionItemInput } from './action-item.inputs';
import { actionItemSql } from './action-item.store';

/**
 * Action items (落实事项) of meetings and incidents: created with their meeting or incident, completed
 * by their owner or the school's safety office. At `ctx.actionItems`.
 */
export class ActionItemService {
  private readonly reader: ScopedReader<SafetyActionItem>;
  private loader?: DataLoader<string, SafetyActionItem[]>;

  constructor(private readonly ctx: SafetyContext) {
    this.reader = new ScopedReader(ctx, SafetyActionItem, 'SafetyActionItem', 'ai');
  }

  /** The open items the viewer owns (我的落实事项), oldest first: to carry out and mark done; none without a staff record. */
  async mine(page: PageArgs): Promise<Page<SafetyActionItem>> {
    const viewer = requirePermission(this.ctx.viewer, P.readOwnSafety);
    if (!viewer.staffId) return toPage<SafetyActionItem>([], 0);
    return paginate(actionItemSql.openOwnedBy(this.ctx.dataSource.manager, this.reader, viewer.staffId), page);
  }

  /** Whether the viewer owns one of a meeting's or incident's items (batched with the items themselves). */
  async ownsOneOf(sourceId: string): Promise<boolean> {
    const staffId = this.ctx.viewer?.staffId;
    return !!staffId && (await this.itemsOf(sourceId)).some((item) => item.ownerStaffId === staffId);
  }

  /** A meeting's or incident's items, by deadline (batched over a page). */
  itemsOf(sourceId: string): Promise<SafetyActionItem[]> {
    this.loader ??= groupedLoader(
      (ids) => actionItemSql.itemsOf(this.ctx.dataSource.manager, ids).getMany(),
      (item) => item.sourceId,
    );
    return this.loader.load(sourceId);
  }

  /**
   * Checks and inserts the items of a meeting or incident in its transaction: 0–ACTIONS_MAX, each owner
   * a staff member of the school, each deadline not before `notBefore`. BAD_USER_INPUT on `<field>.N.<field>`.
   */
  async addIn(
    manager: EntityManager,
    parent: { districtId: string; schoolId: string; source: ActionItemSource; sourceId: string },
    items: readonly ActionItemInput[],
    notBefore: string,
    field: string,
  ): Promise<void> {
    if (items.length > ACTIONS_MAX) throw badInput(field, `At most ${ACTIONS_MAX} action items.`);
    const rows: Partial<SafetyActionItem>[] = [];
    for (const [i, item] of items.entries()) {
      await this.ctx.directoryCopy.assertStaffOf(manager, parent.schoolId, item.ownerStaffId, `${field}.${i}.ownerStaffId`);
      if (item.deadline < notBefore) throw badInput(`${field}.${i}.deadline`, `An action item is due on ${notBefore} or later.`);
      const kind = parent.source === ActionItemSource.MEETING ? ActionItemKind.DECISION : (item.kind ?? ActionItemKind.CORRECTIVE);
      if (parent.source === ActionItemSource.INCIDENT && kind === ActionItemKind.DECISION)
        throw badInput(`${field}.${i}.kind`, 'An incident’s action is CORRECTIVE or PREVENTIVE.');
      rows.push({
        id: newId(),
        ...parent,
        kind,
        description: item.description.trim(),
        ownerStaffId: parseId(item.ownerStaffId, `${field}.${i}.ownerStaffId`),
        deadline: item.deadline,
        doneAt: null,
        doneByAccountId: null,
        doneNote: null,
      });
    }
    if (rows.length) await manager.insert(SafetyActionItem, rows);
  }

  /** Marks an item of `source` done: its owner, or the school's safety office; CONFLICT when already done. */
  async complete(source: ActionItemSource, permission: Permission, input: CompleteActionItemInput): Promise<SafetyActionItem> {
    const viewer = requirePermission(this.ctx.viewer, permission);
    return this.ctx.dataSource.transaction(async (manager) => {
      const item = await this.reader.getIn(manager, input.id);
      if (item.source !== source)
        throw badInput('id', `The action item is a ${item.source.toLowerCase()}’s, not a ${source.toLowerCase()}’s.`);
      requirePermission(viewer, permission, item.schoolId);
      if (item.ownerStaffId !== viewer.staffId && !may(viewer, P.readSafety, item.schoolId))
        throw forbidden('Only the action item’s owner (责任人) or the school’s safety office marks it done.');
      if (item.doneAt) throw conflict('The action item is already done.');
      return saveEdit(manager, this.ctx, {
        entity: SafetyActionItem,
        typeName: 'SafetyActionItem',
        current: item,
        version: input.version,
        changes: { doneAt: this.ctx.now(), doneByAccountId: viewer.accountId, doneNote: input.note?.trim() || null },
        audit: { action: 'actionItem.complete', schoolId: item.schoolId },
      });
    });
  }

  /** Whether every item of a meeting or incident is done (closing an incident asks it). */
  async allDoneIn(manager: EntityManager, sourceId: string): Promise<boolean> {
    return !(await actionItemSql.openOf(manager, sourceId).getExists());
  }
}
