import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { mealEndsAt } from '../meal/meal.rules';
import { mealSql } from '../meal/meal.store';
import { checkSamplesAtEndOfService } from './sample-check';
import { type SampleSettings, sampleSettingsIn } from './sample-settings';

/** Meal services read per statement. */
const BATCH = 200;

/**
 * Every quarter of an hour, checks the food samples of meal services whose meal has ended (the
 * district's meal end time, in the school's zone) and whose counts were not recorded (those were
 * checked then): a dish unsampled or sampled short raises canteen.sample.missing. The check marks each
 * service in the job's transaction, so a rerun, a late catch-up or another replica raises nothing
 * twice, and a service checked at its counts is never checked again.
 */
export const sampleMissingJob = defineJob({
  name: 'canteen.sampleMissing',
  cron: '*/15 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    let checked = 0;
    let raised = 0;
    // Read once per district for the whole tick, not once per meal service.
    const settingsOf = new Map<string, Promise<SampleSettings>>();
    for await (const due of keysetBatches((afterId, size) => mealSql.dueForSampleCheck(manager, today, afterId, size).getMany(), BATCH)) {
      for (const service of due) {
        let read = settingsOf.get(service.districtId);
        if (!read) settingsOf.set(service.districtId, (read = sampleSettingsIn(manager, service.districtId)));
        const settings = await read;
        if (mealEndsAt(service.servedOn, service.meal, settings.mealEndTimes, DEFAULT_TIME_ZONE).getTime() > tick.getTime()) continue;
        const missing = await checkSamplesAtEndOfService(manager, actor, service, settings, 'END_OF_SERVICE_JOB', tick);
        checked += 1;
        if (missing.length) raised += 1;
      }
    }
    logger.info({ today, checked, raised }, 'food samples checked at the end of service');
  },
});
