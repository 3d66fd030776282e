import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { timeZonesIn } from '@houqin/directory-copy';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { InspectionTemplate } from './inspection.entity';
import { daysToOpen, dueOnOf } from './inspection.rules';
import { openRoundIn } from './inspection.service';
import { inspectionSql } from './inspection.store';

/** Schedules read per statement. */
const BATCH = 200;

/**
 * Every morning, opens the inspection rounds schedules owe up to today in each school's zone (a round
 * per day of the rule, due `dueDays` later), assigned to the schedule's person. The schedule's next day
 * moves by a conditional update from the day read, in the same transaction, so no day opens twice; a
 * withdrawn template opens nothing (its schedule still moves on).
 */
export const inspectionRoundsJob = defineJob({
  name: 'safety.inspectionRounds',
  cron: '10 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    // The latest "today" of any zone: each schedule is checked against its school's own day below.
    const anyToday = todayIn('Pacific/Kiritimati', tick);
    const zoneOf = timeZonesIn(manager);
    let opened = 0;
    for await (const due of keysetBatches(
      (afterId, size) => inspectionSql.schedulesDue(manager, anyToday, afterId, size).getMany(),
      BATCH,
    )) {
      for (const schedule of due) {
        const today = todayIn(await zoneOf(schedule.schoolId), tick);
        const { days, nextOn } = daysToOpen(schedule, today);
        if (!days.length) continue;
        const moved = await inspectionSql.advanceSchedule(manager, schedule.id, schedule.nextOn, nextOn).execute();
        if (!moved.affected) continue;
        const template = await manager.findOneByOrFail(InspectionTemplate, { id: schedule.templateId });
        if (!template.active) continue;
        for (const day of days) {
          await openRoundIn(manager, actor, {
            districtId: schedule.districtId,
            schoolId: schedule.schoolId,
            template,
            scheduleId: schedule.id,
            scheduledOn: day,
            dueOn: dueOnOf(day, schedule.dueDays),
            assigneeStaffId: schedule.assigneeStaffId,
            zoneId: schedule.zoneId,
          });
          opened += 1;
        }
      }
    }
    logger.info({ opened }, 'inspection rounds opened');
  },
});
