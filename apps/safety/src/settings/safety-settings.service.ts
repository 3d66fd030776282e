import type { EntityManager } from 'typeorm';
import { badInput } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { saveDistrictSettings } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { defaultSafetySettings, SafetySettings } from './safety-settings.entity';
import type { UpdateSafetySettingsInput } from './safety-settings.inputs';
import { checkSafetySettings } from './safety-settings.rules';

/** A district's settings in `manager`'s transaction, its defaults until it changes them: for jobs without a request context. */
export async function safetySettingsIn(manager: EntityManager, districtId: string): Promise<SafetySettings> {
  return (await manager.findOne(SafetySettings, { where: { districtId } })) ?? defaultSafetySettings(districtId);
}

/** The district's safety settings (安全设置): read by every rule that needs them, changed by district administrators. At `ctx.settings`. */
export class SafetySettingsService {
  private readonly cache = new Map<string, Promise<SafetySettings>>();

  constructor(private readonly ctx: SafetyContext) {}

  /** The district's settings (no permission check: for the rules); the defaults until it changes them. */
  async settingsOf(manager: EntityManager | null, districtId: string): Promise<SafetySettings> {
    if (!manager) {
      // A read outside a transaction is read once per request (a page of schools asks for it per school).
      let cached = this.cache.get(districtId);
      if (!cached) this.cache.set(districtId, (cached = this.settingsOf(this.ctx.dataSource.manager, districtId)));
      return cached;
    }
    return safetySettingsIn(manager, districtId);
  }

  settingsForViewer(): Promise<SafetySettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readSafetySettings);
    return this.settingsOf(null, viewer.districtId);
  }

  /** District administrators change the settings: permission first, the rules on the settings as they would be, at the version read. */
  async update(input: UpdateSafetySettingsInput): Promise<SafetySettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateSafetySettings);
    const changes: Partial<SafetySettings> = {};
    for (const key of SETTING_KEYS) if (input[key] != null) Object.assign(changes, { [key]: input[key] });
    if (!Object.keys(changes).length) throw badInput('version', 'Give at least one setting to change.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.settingsOf(manager, viewer.districtId);
      const values = { ...pick(current), ...changes };
      checkSafetySettings(values);
      return saveDistrictSettings(manager, this.ctx, {
        entity: SafetySettings,
        typeName: 'SafetySettings',
        label: 'safety settings',
        current,
        version: input.version,
        values,
        changes,
        auditAction: 'safetySettings.update',
      });
    });
  }
}

const SETTING_KEYS = [
  'seriousLevelEnabled',
  'generalHazardSchoolDays',
  'drillsPerMonth',
  'evacuationTargetSeconds',
  'incidentReportHours',
  'expiryNoticeDays',
] as const;

const pick = (settings: SafetySettings) => Object.fromEntries(SETTING_KEYS.map((key) => [key, settings[key]])) as SettingValues;

export type SettingValues = Pick<SafetySettings, (typeof SETTING_KEYS)[number]>;
