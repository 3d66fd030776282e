import { DEFAULT_TIME_ZONE, type TermDates, todayIn } from '@houqin/common';
import { directoryCopySql, timeZoneIn } from '@houqin/directory-copy';
import { publishEvent, safetyEvents } from '@houqin/events';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { escalationLevelFor, HAZARD_ESCALATION, schoolDaysAfter } from './hazard.rules';
import { hazardSql } from './hazard.store';

/** Hazards read per statement. */
const BATCH = 200;

/**
 * Every hour, escalates hazards not rectified by their deadline (超期督办), one level a school day past
 * it: the safety officer, then the general-affairs director, the principal and the district, each once
 * (a conditional update from the level read, in the job's transaction, with its event: the directory
 * tells them). A hazard rectified meanwhile is left alone.
 */
export const hazardOverdueJob = defineJob({
  name: 'safety.hazardOverdue',
  cron: '5 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    // The earliest "today" of any zone: a hazard is overdue only once its school's day is past the deadline (checked per hazard below).
    const anyToday = todayIn(DEFAULT_TIME_ZONE, tick);
    // Each school's zone and calendar, read once per run.
    const calendars = new Map<string, { today: string; terms: TermDates[] }>();
    const calendarOf = async (schoolId: string) => {
      let calendar = calendars.get(schoolId);
      if (!calendar) {
        calendar = {
          today: todayIn(await timeZoneIn(manager, schoolId), tick),
          terms: await directoryCopySql.termsOf(manager, [schoolId]).getMany(),
        };
        calendars.set(schoolId, calendar);
      }
      return calendar;
    };
    let escalated = 0;
    for await (const due of keysetBatches(
      (afterId, size) => hazardSql.dueForEscalation(manager, anyToday, afterId, size).getMany(),
      BATCH,
    )) {
      for (const hazard of due) {
        const { today, terms } = await calendarOf(hazard.schoolId);
        const target = escalationLevelFor(schoolDaysAfter(hazard.deadline!, today, terms));
        if (target <= hazard.escalationLevel) continue;
        const raised = await hazardSql.escalate(manager, hazard.id, hazard.escalationLevel, target).execute();
        if (!raised.affected) continue;
        for (let level = hazard.escalationLevel + 1; level <= target; level++)
          await publishEvent(manager, actor, safetyEvents.hazardOverdue, {
            districtId: hazard.districtId,
            schoolId: hazard.schoolId,
            payload: {
              hazardId: hazard.id,
              schoolId: hazard.schoolId,
              title: hazard.title,
              level: hazard.level,
              deadline: hazard.deadline!,
              escalatedTo: HAZARD_ESCALATION[level - 1],
            },
          });
        escalated += 1;
      }
    }
    logger.info({ escalated }, 'overdue hazards escalated');
  },
});
