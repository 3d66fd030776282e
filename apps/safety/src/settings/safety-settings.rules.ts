import { badInput } from '@houqin/common';
import type { SettingValues } from './safety-settings.service';

/** The bounds of each whole-number setting: [least, most]. */
export const SETTING_BOUNDS = {
  generalHazardSchoolDays: [1, 60],
  drillsPerMonth: [0, 10],
  evacuationTargetSeconds: [30, 1800],
  incidentReportHours: [1, 72],
  expiryNoticeDays: [1, 180],
} as const;

/** BAD_USER_INPUT on the first setting out of its bounds (a whole number within SETTING_BOUNDS). */
export function checkSafetySettings(values: SettingValues): void {
  for (const [key, [least, most]] of Object.entries(SETTING_BOUNDS)) {
    const value = values[key as keyof typeof SETTING_BOUNDS];
    if (!Number.isInteger(value) || value < least || value > most)
      throw badInput(key, `${key} must be a whole number from ${least} to ${most}.`);
  }
}
