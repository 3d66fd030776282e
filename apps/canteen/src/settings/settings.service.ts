import type { EntityManager } from 'typeorm';
import { conflict } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { isUniqueViolation, recordAudit } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import { P } from '../permissions';
import { CanteenSettings } from './settings.entity';
import type { UpdateCanteenSettingsInput } from './settings.inputs';
import { checkCanteenSettings, DEFAULT_CANTEEN_SETTINGS, type CanteenSettingsValues } from './settings.rules';

/** The district's canteen settings (食堂设置), with the national defaults until the district changes them. */
export class SettingsService {
  constructor(private readonly ctx: CanteenContext) {}

  /**
   * The settings of `districtId` (no permission check: for the other concepts' rules, e.g. the sample
   * minimum or the bulk staples), read in `manager`'s transaction when given; the defaults when the
   * district has none of its own.
   */
  of(manager: EntityManager | null | undefined, districtId: string): Promise<CanteenSettings> {
    return districtSettingsIn(manager ?? this.ctx.dataSource.manager, districtId);
  }

  /** The viewer's district's settings (anyone who reads the catalogue). */
  forViewer(): Promise<CanteenSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readCatalogue);
    return this.of(null, viewer.districtId);
  }

  /**
   * Changes the district's settings (district administrators): permission first, then the rules on
   * the settings as they would be, then one transaction that writes them only at the version the
   * client read (CONFLICT otherwise), with an audit entry.
   */
  async update(input: UpdateCanteenSettingsInput): Promise<CanteenSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateCanteenSettings);
    const changes: Partial<CanteenSettingsValues> = {};
    if (input.bulkStapleCategories != null) changes.bulkStapleCategories = input.bulkStapleCategories;
    if (input.sampleMinGrams != null) changes.sampleMinGrams = input.sampleMinGrams;
    if (input.sampleKeepHours != null) changes.sampleKeepHours = input.sampleKeepHours;
    if (input.certificateNoticeDays != null) changes.certificateNoticeDays = input.certificateNoticeDays;
    if (input.breakfastEndsAt != null) changes.breakfastEndsAt = input.breakfastEndsAt.trim();
    if (input.lunchEndsAt != null) changes.lunchEndsAt = input.lunchEndsAt.trim();
    if (input.dinnerEndsAt != null) changes.dinnerEndsAt = input.dinnerEndsAt.trim();
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.of(manager, viewer.districtId);
      checkCanteenSettings({ ...valuesOf(current), ...changes });
      const stale = () =>
        conflict(
          `The canteen settings were changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`,
          {
            currentVersion: current.version,
          },
        );
      if (current.version === 0) {
        // The district's first change: its row is created from the defaults, once.
        if (input.version !== 0) throw stale();
        try {
          await manager.insert(CanteenSettings, {
            ...valuesOf(current),
            ...changes,
            districtId: viewer.districtId,
            updatedByAccountId: viewer.accountId,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw stale();
          throw error;
        }
        await recordAudit(manager, this.ctx, {
          action: 'canteenSettings.update',
          entityType: 'CanteenSettings',
          entityId: viewer.districtId,
          districtId: viewer.districtId,
          changes: { ...changes },
        });
        return manager.findOneOrFail(CanteenSettings, { where: { districtId: viewer.districtId } });
      }
      if (input.version !== current.version) throw stale();
      const result = await manager
        .createQueryBuilder()
        .update(CanteenSettings)
        .set({ ...changes, updatedByAccountId: viewer.accountId })
        .where('districtId = :districtId AND version = :version', { districtId: viewer.districtId, version: input.version })
        .execute();
      if ((result.affected ?? 0) !== 1) throw stale();
      await recordAudit(manager, this.ctx, {
        action: 'canteenSettings.update',
        entityType: 'CanteenSettings',
        entityId: viewer.districtId,
        districtId: viewer.districtId,
        changes: { ...changes },
      });
      return manager.findOneOrFail(CanteenSettings, { where: { districtId: viewer.districtId } });
    });
  }
}

function valuesOf(settings: CanteenSettingsValues): CanteenSettingsValues {
  const { bulkStapleCategories, sampleMinGrams, sampleKeepHours, certificateNoticeDays, breakfastEndsAt, lunchEndsAt, dinnerEndsAt } =
    settings;
  return {
    bulkStapleCategories: [...bulkStapleCategories],
    sampleMinGrams,
    sampleKeepHours,
    certificateNoticeDays,
    breakfastEndsAt,
    lunchEndsAt,
    dinnerEndsAt,
  };
}

/** The national defaults as a district's settings (not stored: version 0). */
/** A district's settings row, else the defaults: the one read, for requests (SettingsService.of) and scheduled jobs alike. */
export async function districtSettingsIn(manager: EntityManager, districtId: string): Promise<CanteenSettings> {
  return (await manager.findOne(CanteenSettings, { where: { districtId } })) ?? defaultsFor(districtId);
}

function defaultsFor(districtId: string): CanteenSettings {
  return Object.assign(new CanteenSettings(), {
    districtId,
    ...valuesOf(DEFAULT_CANTEEN_SETTINGS),
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
