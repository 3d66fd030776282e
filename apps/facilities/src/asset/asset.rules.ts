import { badInput } from '@houqin/common';
import type { UsefulLifeOverride } from './asset.settings';
import { assetClassOf } from './classification';

/** The values of a district's asset settings. */
export interface AssetSettingsValues {
  generalThresholdFen: number;
  specialThresholdFen: number;
  usefulLifeOverrides: UsefulLifeOverride[];
}

/** The school finance rules' thresholds are the least a district may set (it may set higher ones). */
export const MIN_GENERAL_THRESHOLD_FEN = 100_000;
export const MIN_SPECIAL_THRESHOLD_FEN = 150_000;

/**
 * The rules on a district's asset settings: thresholds not below the school finance rules' (中小学校财务
 * 制度: ¥1,000 general, ¥1,500 special equipment), the special one not below the general one; each
 * override names a known class below the top level once, and is not shorter than the standard minimum
 * life (财会〔2017〕4号 sets minimums; a district may only lengthen them); a class never depreciated stays 0.
 */
export function checkAssetSettings(values: AssetSettingsValues): void {
  if (values.generalThresholdFen < MIN_GENERAL_THRESHOLD_FEN)
    throw badInput('generalThreshold', 'generalThreshold must be at least ¥1000.00 (中小学校财务制度).');
  if (values.specialThresholdFen < MIN_SPECIAL_THRESHOLD_FEN)
    throw badInput('specialThreshold', 'specialThreshold must be at least ¥1500.00 (中小学校财务制度).');
  if (values.specialThresholdFen < values.generalThresholdFen)
    throw badInput('specialThreshold', 'specialThreshold must not be below generalThreshold.');
  const seen = new Set<string>();
  for (const [i, o] of values.usefulLifeOverrides.entries()) {
    const field = `usefulLifeOverrides.${i}`;
    const cls = assetClassOf(o.classCode);
    if (!cls || cls.usefulLifeYears === null)
      throw badInput(`${field}.classCode`, `${o.classCode} is not an asset class code below the top level (门类).`);
    if (seen.has(o.classCode)) throw badInput(`${field}.classCode`, `${o.classCode} is listed twice.`);
    seen.add(o.classCode);
    if (cls.usefulLifeYears === 0 && o.years !== 0)
      throw badInput(`${field}.years`, `${cls.nameZh} (${cls.code}) is not depreciated: its useful life stays 0.`);
    if (o.years < cls.usefulLifeYears)
      throw badInput(
        `${field}.years`,
        `${cls.nameZh} (${cls.code}) has a standard minimum of ${cls.usefulLifeYears} years (财会〔2017〕4号).`,
      );
  }
}
