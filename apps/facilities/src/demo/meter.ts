import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, isSchoolDay, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOL_ORDER, DEMO_SCHOOLS } from '@houqin/demo';
import { facilitiesEvents, publishEvents } from '@houqin/events';
import { detectAnomalies } from '../meter/anomaly.rules';
import { MeterAnomaly, MeterReading, MeterReadingSource, Utility, UtilityMeter } from '../meter/meter.entity';
import { formatThousandths, localInstant } from '../meter/meter.rules';
import { anomalyRow } from '../meter/meter.service';
import { Building } from '../place/place.entity';

/** Days of readings the demo has: a year up to today. */
const DAYS = 365;
/** The leak (漏水): seven nights of high water use, starting this many days before today, on First Primary's East Campus. */
const LEAK_STARTS_DAYS_AGO = 28;
const LEAK_NIGHTS = 7;
const ROWS_PER_INSERT = 500;

/** A deterministic wobble of ±`percent`% for a meter and a day (no Math.random: the same demo every time). */
const wobble = (seed: number, day: number, percent: number) =>
  100 - percent + (((seed * 7919 + day * 104_729) % 1009) * 2 * percent) / 1008;

/** A month's factor for electricity: air conditioning in summer and heating in winter. */
const SEASON: Record<number, number> = {
  1: 130,
  2: 120,
  3: 100,
  4: 100,
  5: 110,
  6: 140,
  7: 150,
  8: 150,
  9: 140,
  10: 100,
  11: 105,
  12: 125,
};

interface MeterPlan {
  meter: UtilityMeter;
  /** Readings per day at these local hours. */
  hours: number[];
  /** Register thousandths added in the stretch ending at `hour` of `day` (× multiplier gives the consumption); a daily 08:00 reading closes mostly the day before. */
  delta(day: string, dayIndex: number, hour: number): number;
}

/**
 * The meters part of the demo: on every campus of an open demo school, a main water meter (总水表, read at
 * 07:00 and 19:00), an electricity meter with a CT ratio of 40 on its teaching building, and a gas meter on
 * its canteen (read daily at 08:00), each with a year of readings up to today: more on school days than
 * on weekends and holidays, electricity higher in summer and winter. First Primary's East Campus had a
 * leak: a week of high night water use four weeks ago, which raised NIGHT_USE anomalies (and their
 * events). Anomalies come from the same rules as live readings. Idempotent: nothing when meters exist.
 */
export async function seedMeterDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  if (await dataSource.manager.existsBy(UtilityMeter, {})) return;
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const first = shiftDate(today, -DAYS);
  const leakFrom = shiftDate(today, -LEAK_STARTS_DAYS_AGO);
  const leakTo = shiftDate(leakFrom, LEAK_NIGHTS - 1);
  const recorder = DEMO_ACCOUNTS.find((a) => a.username === 'storekeeper')!.id;
  let readingCount = 0;
  let anomalyCount = 0;
  await dataSource.transaction(async (manager) => {
    const plans: MeterPlan[] = [];
    let seed = 0;
    for (const [campusKey, campus] of Object.entries(DEMO_CAMPUSES)) {
      const school = DEMO_SCHOOL_ORDER.find((key) => DEMO_SCHOOLS[key].id === campus.schoolId)!;
      if (!DEMO_SCHOOLS[school].active) continue;
      const buildings = await manager.find(Building, { where: { campusId: campus.id }, order: { name: 'ASC' } });
      const teaching = buildings.find((b) => /Teaching|教学/.test(b.name)) ?? buildings[0];
      const canteen = buildings.find((b) => /Canteen|食堂/.test(b.name));
      const base = {
        districtId: DEMO_DISTRICT.id,
        schoolId: campus.schoolId,
        campusId: campus.id,
        active: true,
        installedOn: shiftDate(first, -30),
      };
      const shortName = campus.name.replace(/ \(.*$/, '');
      const leaking = campusKey === 'firstPrimaryEast';
      const waterSeed = ++seed;
      plans.push({
        meter: manager.create(UtilityMeter, {
          ...base,
          id: newId(),
          utility: Utility.WATER,
          name: `${shortName} main water meter (总水表)`,
          serialNumber: `SB-${String(waterSeed).padStart(6, '0')}`,
          buildingId: null,
          multiplier: 1,
        }),
        hours: [7, 19],
        delta(day, i, hour) {
          if (hour === 19) return Math.round(((isSchoolDay(day) ? 24_000 : 1_500) * wobble(waterSeed, i, 10)) / 100); // 07:00–19:00
          // 19:00 the day before to 07:00: a trickle, or the leak.
          const night = shiftDate(day, -1);
          if (leaking && night >= leakFrom && night <= leakTo) return 2_000 + Math.round((300 * wobble(waterSeed, i, 20)) / 100);
          return Math.round((250 * wobble(waterSeed, i, 20)) / 100);
        },
      });
      if (teaching) {
        const elecSeed = ++seed;
        plans.push({
          meter: manager.create(UtilityMeter, {
            ...base,
            id: newId(),
            utility: Utility.ELECTRICITY,
            name: `${teaching.name.replace(/ \(.*$/, '')} electricity (电表)`,
            serialNumber: `DB-${String(elecSeed).padStart(6, '0')}`,
            buildingId: teaching.id,
            multiplier: 40,
          }),
          hours: [8],
          delta(day, i) {
            // kWh × 10,000 (a school day 600 kWh, a non-school day 120, by season); the register advances by kWh / 40 in 0.01 kWh.
            const kWhTimes10k = (isSchoolDay(shiftDate(day, -1)) ? 600 : 120) * SEASON[Number(day.slice(5, 7))] * wobble(elecSeed, i, 8);
            return Math.round(kWhTimes10k / 4_000) * 10;
          },
        });
      }
      if (canteen) {
        const gasSeed = ++seed;
        plans.push({
          meter: manager.create(UtilityMeter, {
            ...base,
            id: newId(),
            utility: Utility.GAS,
            name: `${canteen.name.replace(/ \(.*$/, '')} gas (燃气表)`,
            serialNumber: `RQ-${String(gasSeed).padStart(6, '0')}`,
            buildingId: canteen.id,
            multiplier: 1,
          }),
          hours: [8],
          delta: (day, i) => Math.round(((isSchoolDay(shiftDate(day, -1)) ? 40_000 : 2_000) * wobble(gasSeed, i, 10)) / 100),
        });
      }
    }

    for (const plan of plans) {
      const { meter } = plan;
      const readings: MeterReading[] = [];
      let value = 100_000 * (plans.indexOf(plan) + 1);
      for (let i = 0; i <= DAYS; i++) {
        const day = shiftDate(first, i);
        for (const hour of plan.hours) {
          const readAt = localInstant(day, hour, DEFAULT_TIME_ZONE);
          if (readAt.getTime() > now.getTime()) break;
          if (readings.length) value += plan.delta(day, i, hour);
          readings.push(
            manager.create(MeterReading, {
              id: newId(),
              meterId: meter.id,
              readAt,
              valueThousandths: value,
              source: MeterReadingSource.IMPORT,
              note: null,
              recordedByAccountId: recorder,
            }),
          );
        }
      }
      const last = readings[readings.length - 1];
      await manager.insert(UtilityMeter, { ...meter, lastReadAt: last.readAt, lastValueThousandths: last.valueThousandths });
      for (let k = 0; k < readings.length; k += ROWS_PER_INSERT) await manager.insert(MeterReading, readings.slice(k, k + ROWS_PER_INSERT));
      readingCount += readings.length;

      const findings = detectAnomalies(
        readings.map((r) => ({ at: r.readAt, value: r.valueThousandths })),
        1,
        { utility: meter.utility, multiplier: meter.multiplier, timeZone: DEFAULT_TIME_ZONE },
      );
      const anomalies = findings.map((f) => anomalyRow(meter, f, readings[f.readingIndex].id));
      if (!anomalies.length) continue;
      await manager.insert(MeterAnomaly, anomalies);
      anomalyCount += anomalies.length;
      await publishEvents(
        manager,
        { viewer: null, requestId: 'demo-seed-meters' },
        facilitiesEvents.meterAnomaly,
        anomalies.map((a) => ({
          districtId: a.districtId,
          schoolId: a.schoolId,
          occurredAt: a.toAt,
          payload: {
            anomalyId: a.id,
            meterId: a.meterId,
            schoolId: a.schoolId,
            campusId: a.campusId,
            buildingId: a.buildingId,
            utility: a.utility,
            kind: a.kind,
            from: a.fromAt.toISOString(),
            to: a.toAt.toISOString(),
            consumption: formatThousandths(a.consumptionThousandths),
            baseline: a.baselineThousandths == null ? null : formatThousandths(a.baselineThousandths),
            suspectedLeak: a.suspectedLeak,
          },
        })),
      );
    }
  });
  logger.info({ readings: readingCount, anomalies: anomalyCount }, 'seeded the demo utility meters with a year of readings and one leak');
}
