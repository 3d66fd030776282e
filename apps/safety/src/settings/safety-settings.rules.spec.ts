import { checkSafetySettings } from './safety-settings.rules';
import { defaultSafetySettings } from './safety-settings.entity';

const defaults = defaultSafetySettings('d');

describe('the safety settings rules', () => {
  it('accept the defaults', () => {
    expect(() => checkSafetySettings(defaults)).not.toThrow();
  });

  it.each([
    ['generalHazardSchoolDays', 0],
    ['drillsPerMonth', 11],
    ['evacuationTargetSeconds', 12.5],
    ['incidentReportHours', 0],
    ['expiryNoticeDays', 500],
  ])('refuse %s = %s, naming the field', (key, value) => {
    expect(() => checkSafetySettings({ ...defaults, [key]: value })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: key }) }),
    );
  });
});
