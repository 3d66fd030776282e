import { DEFAULT_TIME_ZONE, expiryAnnouncement, nameId, shiftDate, todayIn } from '@houqin/common';
import { publishEvent, safetyEvents } from '@houqin/events';
import { insertOnce, keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { SETTING_BOUNDS } from '../settings/safety-settings.rules';
import { safetySettingsIn } from '../settings/safety-settings.service';
import { postsOf } from './training.rules';
import { type ExpiringRecordRow, trainingExpirySql } from './training-expiry.store';

/** Records read per statement. */
const BATCH = 200;

/**
 * Every morning, tells each person whose required training or certificate (培训/证书, e.g. a
 * 特种作业操作证) expires within the district's notice days (EXPIRING) or has expired (EXPIRED), and
 * their school's safety officers: `safety.training.expiring`, once per record and state, for the
 * newest record of a person and requirement while they are active there and still hold its post. The
 * announcement's id is named from the record and state, so a rerun or a second replica tells no one twice.
 */
export const trainingExpiryJob = defineJob({
  name: 'safety.trainingExpiry',
  cron: '10 7 * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    const noticeByDistrict = new Map<string, number>();
    const announced = { EXPIRING: 0, EXPIRED: 0 };
    for await (const due of keysetBatches(
      (afterId, size) =>
        trainingExpirySql
          .due(manager, today, shiftDate(today, SETTING_BOUNDS.expiryNoticeDays[1]), afterId, size)
          .getRawMany<ExpiringRecordRow>(),
      BATCH,
    )) {
      for (const record of due) {
        if (!postsOf(record.posts).includes(record.post)) continue;
        if (!noticeByDistrict.has(record.districtId))
          noticeByDistrict.set(record.districtId, (await safetySettingsIn(manager, record.districtId)).expiryNoticeDays);
        const expiresOn = String(record.expiresOn).slice(0, 10);
        const decided = expiryAnnouncement(expiresOn, today, noticeByDistrict.get(record.districtId)!);
        // Within the longest notice but not this district's: its day has not come.
        if (!decided) continue;
        // Announced once per state: a run at the same time may have recorded it first (then nothing to do here).
        const recorded = await insertOnce(
          trainingExpirySql.record(manager, {
            id: nameId(`training-expiry:${record.id}:${decided.state}`),
            districtId: record.districtId,
            schoolId: record.schoolId,
            recordId: record.id,
            state: decided.state,
            tick,
          }),
        );
        if (!recorded) continue;
        await publishEvent(manager, actor, safetyEvents.trainingExpiring, {
          districtId: record.districtId,
          schoolId: record.schoolId,
          occurredAt: tick,
          payload: {
            recordId: record.id,
            staffId: record.staffId,
            requirementId: record.requirementId,
            name: record.name,
            expiresOn,
            state: decided.state,
            daysLeft: decided.daysLeft,
          },
        });
        announced[decided.state] += 1;
      }
    }
    logger.info({ today, announced }, 'trainings expiring and expired announced');
  },
});
