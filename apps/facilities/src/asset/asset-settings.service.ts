import type { EntityManager } from 'typeorm';
import { badInput, parseYuan } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { saveDistrictSettings } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { UpdateAssetSettingsInput } from './asset.inputs';
import { AssetSettings, defaultAssetSettings, type UsefulLifeOverride } from './asset.settings';
import { checkAssetSettings, type AssetSettingsValues } from './asset.rules';
import { usefulLifeYearsOf } from './classification';

/** The district's asset settings (固定资产设置), with the school finance rules' defaults until it changes them. At `ctx.assets.settings`. */
export class AssetSettingsService {
  constructor(private readonly ctx: FacilitiesContext) {}

  /** The settings of a district (no permission check: for the rules), in `manager`'s transaction; the defaults when it has none. */
  async of(manager: EntityManager | null | undefined, districtId: string): Promise<AssetSettings> {
    return (
      (await (manager ?? this.ctx.dataSource.manager).findOne(AssetSettings, { where: { districtId } })) ?? defaultAssetSettings(districtId)
    );
  }

  /** The useful life in months a new asset of `classCode` gets under these settings (0: not depreciated). */
  usefulLifeMonths(settings: AssetSettings, classCode: string): number {
    return usefulLifeYearsOf(classCode, settings.usefulLifeOverrides) * 12;
  }

  /** The viewer's district's settings (the schools' staff and the district). */
  forViewer(): Promise<AssetSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readAssetSettings);
    return this.of(null, viewer.districtId);
  }

  /**
   * Changes the district's settings (district administrators): permission first, the rules on the
   * settings as they would be, then one transaction writing them at the version read (else CONFLICT).
   */
  async update(input: UpdateAssetSettingsInput): Promise<AssetSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateAssetSettings);
    const changes: Partial<AssetSettingsValues> = {};
    if (input.generalThreshold != null) changes.generalThresholdFen = parseYuan(input.generalThreshold, 'generalThreshold');
    if (input.specialThreshold != null) changes.specialThresholdFen = parseYuan(input.specialThreshold, 'specialThreshold');
    if (input.usefulLifeOverrides != null)
      changes.usefulLifeOverrides = input.usefulLifeOverrides.map((o): UsefulLifeOverride => ({
        classCode: o.classCode.trim(),
        years: o.years,
      }));
    if (!Object.keys(changes).length) throw badInput('version', 'Give at least one setting to change.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.of(manager, viewer.districtId);
      const next: AssetSettingsValues = {
        generalThresholdFen: current.generalThresholdFen,
        specialThresholdFen: current.specialThresholdFen,
        usefulLifeOverrides: current.usefulLifeOverrides,
        ...changes,
      };
      checkAssetSettings(next);
      return saveDistrictSettings(manager, this.ctx, {
        entity: AssetSettings,
        typeName: 'AssetSettings',
        label: 'asset settings',
        current,
        version: input.version,
        values: next,
        changes,
        auditAction: 'assetSettings.update',
      });
    });
  }
}
