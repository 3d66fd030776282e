import { DEFAULT_TIME_ZONE, nameId, todayIn } from '@houqin/common';
import { timeZonesIn } from '@houqin/directory-copy';
import { keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { HazardLevel, HazardSource } from '../hazard/hazard.entity';
import { HazardService } from '../hazard/hazard.service';
import { EquipmentStatus } from './equipment.entity';
import { statusOn } from './equipment.rules';
import { equipmentSql } from './equipment.store';

/** Equipment read per statement. */
const BATCH = 500;

/** What each troubled state raises: the hazard's words, and the fact it stands for (so it is raised once per fact). */
const RAISES: Partial<
  Record<
    EquipmentStatus,
    { title: string; fact: (e: { expiresOn: string | null; nextCheckOn: string; nextServiceOn: string | null }) => string }
  >
> = {
  [EquipmentStatus.EXPIRED]: { title: '已达报废年限或已过期', fact: (e) => `expired:${e.expiresOn}` },
  [EquipmentStatus.CHECK_OVERDUE]: { title: '月度检查逾期', fact: (e) => `check:${e.nextCheckOn}` },
  [EquipmentStatus.SERVICE_DUE]: { title: '到期未维修（GB 50444）', fact: (e) => `service:${e.nextServiceOn}` },
};

/**
 * Every day, raises a hazard (source EQUIPMENT) for each piece of equipment in service that is expired,
 * overdue for its monthly check or due for its GB 50444 service, in its school's day. Each fact (this
 * expiry, this missed check, this due service) raises one hazard ever: its source reference is an id
 * derived from the fact. A failed check raised its own when it was recorded.
 */
export const equipmentHazardJob = defineJob({
  name: 'safety.equipmentHazards',
  cron: '20 6 * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const hazards = HazardService.forJob(manager, tick);
    const anyToday = todayIn('Pacific/Kiritimati', tick);
    const zoneOf = timeZonesIn(manager);
    let raised = 0;
    for await (const due of keysetBatches(
      (afterId, size) => equipmentSql.needingAttention(manager, anyToday, afterId, size).getMany(),
      BATCH,
    )) {
      for (const equipment of due) {
        const status = statusOn(equipment, todayIn(await zoneOf(equipment.schoolId), tick));
        const raise = RAISES[status];
        if (!raise) continue;
        const sourceRef = nameId(`equipment:${equipment.id}:${raise.fact(equipment)}`);
        const hazard = await hazards.raiseIn(manager, actor, {
          districtId: equipment.districtId,
          schoolId: equipment.schoolId,
          title: `${equipment.code} ${raise.title}`,
          description: `${equipment.location}：${raise.title}`,
          level: HazardLevel.GENERAL,
          source: HazardSource.EQUIPMENT,
          sourceRef,
          zoneId: equipment.zoneId,
          roomId: equipment.roomId,
          location: equipment.location.slice(0, 200),
          reporterAccountId: null,
        });
        if (hazard.reportedAt.getTime() === tick.getTime()) raised += 1;
      }
    }
    logger.info({ raised }, 'equipment hazards raised');
  },
});
