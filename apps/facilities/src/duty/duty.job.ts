import { In } from 'typeorm';
import { DEFAULT_TIME_ZONE, localMinute } from '@houqin/common';
import { timeZonesIn } from '@houqin/directory-copy';
import { facilitiesEvents, publishEvent } from '@houqin/events';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { type DutyOccurrence, DutyTask, DutyTaskKind } from './duty.entity';
import { isReminderDue, NOTICE_LOOKBACK_MS } from './duty.rules';
import { dutySql } from './duty.store';

/** Occurrences read per statement. */
const BATCH = 200;

/**
 * Every quarter of an hour, reminds people of their duty (工作提醒): each occurrence still to do is
 * announced once to its responsible person on its day (07:00 in the school's zone, see reminderAt:
 * facilities.duty.due), and once to them and its checker when its deadline passes undone
 * (facilities.duty.overdue; deadlines older than a week are left alone). Each notice is a conditional
 * update in the job's transaction with its event, so a rerun or another replica announces nothing twice.
 */
export const dutyReminderJob = defineJob({
  name: 'facilities.dutyReminders',
  cron: '*/15 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const zoneOf = timeZonesIn(manager);
    const titles = async (occurrences: readonly DutyOccurrence[]) =>
      new Map(
        occurrences.length
          ? (await manager.findBy(DutyTask, { id: In([...new Set(occurrences.map((o) => o.taskId))]) })).map((t) => [t.id, t])
          : [],
      );
    const about = async (occurrence: DutyOccurrence, task: DutyTask | undefined) => ({
      occurrenceId: occurrence.id,
      taskId: occurrence.taskId,
      schoolId: occurrence.schoolId,
      title: task?.title ?? '',
      kind: task?.kind === DutyTaskKind.URGENT ? ('URGENT' as const) : ('ROUTINE' as const),
      deadline: occurrence.deadline.toISOString(),
      deadlineLocal: localMinute(occurrence.deadline, await zoneOf(occurrence.schoolId)),
      responsibleStaffId: occurrence.responsibleStaffId,
    });

    let reminded = 0;
    for await (const batch of keysetBatches((afterId, size) => dutySql.toRemind(manager, tick, afterId, size).getMany(), BATCH)) {
      const tasks = await titles(batch);
      for (const occurrence of batch) {
        if (!isReminderDue(occurrence, await zoneOf(occurrence.schoolId), tick)) continue;
        if (!(await dutySql.markReminded(manager, occurrence.id, tick).execute()).affected) continue;
        await publishEvent(manager, actor, facilitiesEvents.dutyDue, {
          districtId: occurrence.districtId,
          schoolId: occurrence.schoolId,
          payload: await about(occurrence, tasks.get(occurrence.taskId)),
        });
        reminded += 1;
      }
    }

    let overdue = 0;
    for await (const batch of keysetBatches(
      (afterId, size) => dutySql.toAnnounceOverdue(manager, tick, new Date(tick.getTime() - NOTICE_LOOKBACK_MS), afterId, size).getMany(),
      BATCH,
    )) {
      const tasks = await titles(batch);
      for (const occurrence of batch) {
        if (!(await dutySql.markOverdueAnnounced(manager, occurrence.id, tick).execute()).affected) continue;
        await publishEvent(manager, actor, facilitiesEvents.dutyOverdue, {
          districtId: occurrence.districtId,
          schoolId: occurrence.schoolId,
          payload: { ...(await about(occurrence, tasks.get(occurrence.taskId))), checkerStaffId: occurrence.checkerStaffId },
        });
        overdue += 1;
      }
    }
    logger.info({ reminded, overdue }, 'duty reminders sent');
  },
});
