import { requirePermission } from '@houqin/auth';
import { badInput, newId, parseId, type Page, type PageArgs } from '@houqin/common';
import { recordAudit, ScopedReader } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { ActionItemSource } from '../action-item/action-item.entity';
import { SafetyMeeting } from './meeting.entity';
import type { RecordSafetyMeetingInput } from './meeting.inputs';

/** Safety meetings (安全工作会议) with their decisions as action items. At `ctx.meetings`. */
export class MeetingService {
  private readonly reader: ScopedReader<SafetyMeeting>;

  constructor(private readonly ctx: SafetyContext) {
    this.reader = new ScopedReader(ctx, SafetyMeeting, 'SafetyMeeting', 'mt');
  }

  /** A school's meetings, latest first: its safety office and the district. */
  list(schoolId: string, page: PageArgs): Promise<Page<SafetyMeeting>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readSafety, id);
    return this.reader.list(page, (qb) => qb.andWhere('mt.schoolId = :id', { id }));
  }

  get(id: string): Promise<SafetyMeeting> {
    return this.reader.get(id);
  }

  /** The safety office records a meeting held at its school: attendees of the school, decisions with owners and deadlines. */
  async record(input: RecordSafetyMeetingInput): Promise<SafetyMeeting> {
    requirePermission(this.ctx.viewer, P.recordSafetyMeeting);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.recordSafetyMeeting, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.heldOn > today) throw badInput('heldOn', `heldOn must not be after today (${today}): record a meeting once it is held.`);
      const attendees = [...new Set(input.attendeeStaffIds)];
      for (const [i, staffId] of attendees.entries())
        await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, staffId, `attendeeStaffIds.${i}`);
      const meeting = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        title: input.title.trim(),
        heldOn: input.heldOn,
        attendeeStaffIds: attendees.map((id, i) => parseId(id, `attendeeStaffIds.${i}`)),
        minutes: input.minutes.trim(),
        recordedByAccountId: viewer.accountId,
      };
      await manager.insert(SafetyMeeting, meeting);
      await this.ctx.actionItems.addIn(
        manager,
        { districtId: viewer.districtId, schoolId, source: ActionItemSource.MEETING, sourceId: meeting.id },
        input.actionItems ?? [],
        input.heldOn,
        'actionItems',
      );
      await recordAudit(manager, this.ctx, {
        action: 'meeting.record',
        entityType: 'SafetyMeeting',
        entityId: meeting.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { ...meeting, actionItems: input.actionItems },
      });
      return manager.findOneOrFail(SafetyMeeting, { where: { id: meeting.id } });
    });
  }
}
