import { DEFAULT_TIME_ZONE, newId, todayIn } from '@houqin/common';
import { financeEvents, publishEvent } from '@houqin/events';
import { insertOnce, keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { licenceStateOn, warningHorizon } from './licence-expiry.rules';
import { licenceExpirySql } from './licence-expiry.store';

/** Suppliers read per statement; a district has dozens, so one batch is the usual run. */
const BATCH = 200;

/**
 * Every morning, tells the district which food suppliers' licences (食品经营许可证) expire within 30
 * days (EXPIRING) or have expired (EXPIRED): `finance.supplier.licenceExpiring`, district-wide
 * (schoolId null), once per supplier, licence and state. What was announced is recorded in
 * `supplier_licence_announcement` in the job's transaction, so the job decides from the data, not
 * from "first run today": a rerun, a late catch-up or another replica announces nothing twice, and a
 * renewed licence (another expiry) is announced again when it nears its own expiry.
 *
 * Suspended suppliers are skipped: nothing may be ordered or received from them, so their licence is
 * news to nobody. If one is reinstated, the next run announces its licence's state then.
 */
export const licenceExpiryJob = defineJob({
  name: 'finance.licenceExpiry',
  cron: '0 7 * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    // The school day of the tick, not of the server or of the moment it ran.
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    const announced = { EXPIRING: 0, EXPIRED: 0 };
    for await (const due of keysetBatches(
      (afterId, size) => licenceExpirySql.due(manager, today, warningHorizon(today), afterId, size).getMany(),
      BATCH,
    )) {
      for (const supplier of due) {
        const expiresOn = supplier.foodLicenceExpiresOn as string;
        const decided = licenceStateOn(expiresOn, today);
        // The statement and the rule must agree.
        if (!decided) throw new Error(`Supplier ${supplier.id}: licence expiring ${expiresOn} is not due on ${today}.`);
        // Announced once per state: a run at the same time may have recorded it first (then nothing to do here).
        const recorded = await insertOnce(
          licenceExpirySql.record(manager, {
            id: newId(),
            districtId: supplier.districtId,
            supplierId: supplier.id,
            licenceNumber: supplier.foodLicenceNumber ?? '',
            expiresOn,
            state: decided.state,
            tick,
          }),
        );
        if (!recorded) continue;
        await publishEvent(manager, actor, financeEvents.supplierLicenceExpiring, {
          districtId: supplier.districtId,
          schoolId: null,
          occurredAt: tick,
          payload: {
            supplierId: supplier.id,
            name: supplier.name,
            foodLicenceNumber: supplier.foodLicenceNumber,
            expiresOn,
            state: decided.state,
            daysLeft: decided.daysLeft,
          },
        });
        announced[decided.state] += 1;
      }
    }
    logger.info({ today, announced }, 'food licences expiring and expired announced');
  },
});
