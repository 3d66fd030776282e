import { DEFAULT_TIME_ZONE, newId, shiftDate, todayIn } from '@houqin/common';
import { canteenEvents, publishEvent } from '@houqin/events';
import { groupBy, insertOnce, keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import type { CanteenStaffMember } from './health.entity';
import { certificateNoticeDays } from './health.settings';
import { announcementOn, CERTIFICATE_NOTICE_MAX_DAYS } from './health.rules';
import { certificateExpirySql } from './certificate-expiry.store';

/** Certificates read per statement. */
const BATCH = 200;

/**
 * Every morning, tells each school which canteen staff's health certificates (健康证) expire within
 * the district's notice days (EXPIRING; default 30) or have expired (EXPIRED):
 * `canteen.certificate.expiring`, once per certificate and state; the directory tells the school's
 * canteen managers. What was announced is recorded in `health_certificate_announcement` in the job's
 * transaction, so a rerun, a late catch-up or a second replica announces nothing twice. A renewed
 * certificate silences the old one; people no longer on any roster are not announced.
 */
export const certificateExpiryJob = defineJob({
  name: 'canteen.certificateExpiry',
  cron: '0 7 * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    const noticeByDistrict = new Map<string, number>();
    const announced = { EXPIRING: 0, EXPIRED: 0 };
    for await (const due of keysetBatches(
      (afterId, size) => certificateExpirySql.due(manager, today, shiftDate(today, CERTIFICATE_NOTICE_MAX_DAYS), afterId, size).getMany(),
      BATCH,
    )) {
      const rosters = due.length
        ? groupBy(await certificateExpirySql.rostersOf(manager, [...new Set(due.map((c) => c.staffId))], today).getMany(), (m) => m.staffId)
        : new Map<string, CanteenStaffMember[]>();
      for (const certificate of due) {
        if (!noticeByDistrict.has(certificate.districtId))
          noticeByDistrict.set(certificate.districtId, await certificateNoticeDays(manager, certificate.districtId));
        const decided = announcementOn(certificate.expiresOn, today, noticeByDistrict.get(certificate.districtId));
        // Within the longest notice but not this district's: its day has not come.
        if (!decided) continue;
        // Announced once per state: a run at the same time may have recorded it first (then nothing to do here).
        const recorded = await insertOnce(
          certificateExpirySql.record(manager, {
            id: newId(),
            districtId: certificate.districtId,
            schoolId: certificate.schoolId,
            certificateId: certificate.id,
            state: decided.state,
            tick,
          }),
        );
        if (!recorded) continue;
        const canteenIds = (rosters.get(certificate.staffId) ?? [])
          .filter((member) => member.schoolId === certificate.schoolId)
          .map((member) => member.canteenId);
        await publishEvent(manager, actor, canteenEvents.certificateExpiring, {
          districtId: certificate.districtId,
          schoolId: certificate.schoolId,
          occurredAt: tick,
          payload: {
            certificateId: certificate.id,
            staffId: certificate.staffId,
            canteenIds,
            number: certificate.number,
            expiresOn: certificate.expiresOn,
            state: decided.state,
            daysLeft: decided.daysLeft,
          },
        });
        announced[decided.state] += 1;
      }
    }
    logger.info({ today, announced }, 'health certificates expiring and expired announced');
  },
});
