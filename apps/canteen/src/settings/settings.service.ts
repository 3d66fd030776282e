import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { saveDistrictSettings } from '@houqin/persistence';
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
      return saveDistrictSettings(manager, this.ctx, {
        entity: CanteenSettings,
        typeName: 'CanteenSettings',
        label: 'canteen settings',
        current,
        version: input.version,
        values: { ...valuesOf(current), ...changes },
        changes,
        auditAction: 'canteenSettings.update',
      });
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
