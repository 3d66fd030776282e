import { DEFAULT_TIME_ZONE } from '@houqin/common';
import { facilitiesEvents, publishEvent } from '@houqin/events';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { ESCALATION_LEVELS, escalationLevelAt } from './work-order.rules';
import { workOrderSql } from './work-order.store';

/** Work orders read per statement. */
const BATCH = 200;

/**
 * Every quarter of an hour, escalates open work orders past their due time (超期督办): to the
 * general-affairs director once they are overdue, to the principal once they are a day overdue,
 * each once (a conditional update from the level read, in the job's transaction, with its event:
 * the directory tells them). A work order that is closed or repaired meanwhile is left alone.
 */
export const workOrderOverdueJob = defineJob({
  name: 'facilities.workOrderOverdue',
  cron: '*/15 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    let escalated = 0;
    for await (const due of keysetBatches(
      (afterId, size) => workOrderSql.dueForEscalation(manager, tick, afterId, size).getMany(),
      BATCH,
    )) {
      for (const order of due) {
        const target = escalationLevelAt(order.dueAt, tick);
        if (target <= order.escalationLevel) continue;
        const raised = await workOrderSql.escalate(manager, order.id, order.escalationLevel, target).execute();
        if (!raised.affected) continue;
        for (let level = order.escalationLevel + 1; level <= target; level++)
          await publishEvent(manager, actor, facilitiesEvents.workOrderOverdue, {
            districtId: order.districtId,
            schoolId: order.schoolId,
            payload: {
              workOrderId: order.id,
              schoolId: order.schoolId,
              title: order.title,
              priority: order.priority,
              dueAt: order.dueAt.toISOString(),
              level: ESCALATION_LEVELS[level - 1],
            },
          });
        escalated += 1;
      }
    }
    logger.info({ escalated }, 'overdue work orders escalated');
  },
});
