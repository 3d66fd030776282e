import { MorningCheckFailure, MorningCheckSymptom } from './health.entity';
import {
  announcementOn,
  certificateState,
  checkCertificateDates,
  currentCertificate,
  formatTenths,
  morningCheckOutcome,
  normalCertificateNumber,
  temperatureTenths,
} from './health.rules';

const cert = (issuedOn: string, expiresOn: string) => ({ issuedOn, expiresOn });
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { extensions?: { code?: string; field?: string } };
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
  return 'ok';
};

describe('health certificate states', () => {
  const c = cert('2025-09-01', '2026-08-31');
  it('is VALID until the notice days before its last valid day, EXPIRING within them (the day itself included), EXPIRED after', () => {
    expect(certificateState(c, '2026-03-02')).toBe('VALID');
    expect(certificateState(c, '2026-07-31')).toBe('VALID'); // 31 days left
    expect(certificateState(c, '2026-08-01')).toBe('EXPIRING'); // 30 days left
    expect(certificateState(c, '2026-08-31')).toBe('EXPIRING');
    expect(certificateState(c, '2026-09-01')).toBe('EXPIRED');
    expect(certificateState(c, '2025-08-31')).toBe('NOT_YET_VALID');
  });

  it("follows the district's notice days", () => {
    expect(certificateState(c, '2026-07-31', 45)).toBe('EXPIRING');
    expect(certificateState(c, '2026-08-30', 0)).toBe('VALID');
    expect(certificateState(c, '2026-08-31', 0)).toBe('EXPIRING');
  });

  it('announces EXPIRING from the notice days before, EXPIRED from the day after, with the days left', () => {
    expect(announcementOn('2026-08-31', '2026-07-31')).toBeNull();
    expect(announcementOn('2026-08-31', '2026-08-01')).toEqual({ state: 'EXPIRING', daysLeft: 30 });
    expect(announcementOn('2026-08-31', '2026-08-31')).toEqual({ state: 'EXPIRING', daysLeft: 0 });
    expect(announcementOn('2026-08-31', '2026-09-01')).toEqual({ state: 'EXPIRED', daysLeft: -1 });
    expect(announcementOn('2026-08-31', '2026-07-17', 45)).toEqual({ state: 'EXPIRING', daysLeft: 45 });
  });

  it('takes the certificate valid on the day, else the newest', () => {
    const old = cert('2024-09-01', '2025-08-31');
    const renewed = cert('2025-08-20', '2026-08-19');
    expect(currentCertificate([old, renewed], '2025-08-25')).toBe(renewed);
    expect(currentCertificate([old], '2026-03-02')).toBe(old);
    expect(currentCertificate([], '2026-03-02')).toBeNull();
  });

  it('refuses an expiry not after the issue and an issue in the future, naming the field', () => {
    expect(code(() => checkCertificateDates(cert('2026-03-01', '2026-03-01'), '2026-03-02'))).toBe('BAD_USER_INPUT:expiresOn');
    expect(code(() => checkCertificateDates(cert('2026-03-03', '2027-03-02'), '2026-03-02'))).toBe('BAD_USER_INPUT:issuedOn');
    expect(code(() => checkCertificateDates(cert('2026-03-02', '2027-03-01'), '2026-03-02'))).toBe('ok');
    expect(normalCertificateNumber(' jk-2026-0001 ')).toBe('JK-2026-0001');
    expect(code(() => normalCertificateNumber('健康证'))).toBe('BAD_USER_INPUT:number');
  });
});

describe('morning check (晨检) pass rule', () => {
  const valid = [cert('2025-09-01', '2026-08-31')];
  const day = '2026-03-02';
  it('passes under 37.3 ℃ with no symptom and a certificate valid that day', () => {
    expect(morningCheckOutcome({ temperatureTenths: 365, symptoms: [], certificates: valid, checkedOn: day })).toEqual({
      passed: true,
      failures: [],
    });
    expect(morningCheckOutcome({ temperatureTenths: 372, symptoms: [], certificates: valid, checkedOn: day }).passed).toBe(true);
  });

  it('fails a 38.2 ℃ cook, and 37.3 ℃ exactly', () => {
    expect(morningCheckOutcome({ temperatureTenths: 382, symptoms: [], certificates: valid, checkedOn: day })).toEqual({
      passed: false,
      failures: [MorningCheckFailure.TEMPERATURE],
    });
    expect(morningCheckOutcome({ temperatureTenths: 373, symptoms: [], certificates: valid, checkedOn: day }).passed).toBe(false);
  });

  it('fails any symptom, even at a normal temperature', () => {
    for (const symptom of Object.values(MorningCheckSymptom))
      expect(morningCheckOutcome({ temperatureTenths: 364, symptoms: [symptom], certificates: valid, checkedOn: day })).toEqual({
        passed: false,
        failures: [MorningCheckFailure.SYMPTOM],
      });
  });

  it('never passes someone whose certificate has expired (or who has none), and lists every reason', () => {
    const expired = [cert('2025-03-01', '2026-02-28')];
    expect(morningCheckOutcome({ temperatureTenths: 364, symptoms: [], certificates: expired, checkedOn: day })).toEqual({
      passed: false,
      failures: [MorningCheckFailure.CERTIFICATE_EXPIRED],
    });
    expect(morningCheckOutcome({ temperatureTenths: 364, symptoms: [], certificates: [], checkedOn: day }).failures).toEqual([
      MorningCheckFailure.NO_CERTIFICATE,
    ]);
    expect(
      morningCheckOutcome({ temperatureTenths: 390, symptoms: [MorningCheckSymptom.VOMITING], certificates: expired, checkedOn: day })
        .failures,
    ).toEqual([MorningCheckFailure.TEMPERATURE, MorningCheckFailure.SYMPTOM, MorningCheckFailure.CERTIFICATE_EXPIRED]);
    // Valid again once renewed; its last valid day still counts.
    expect(morningCheckOutcome({ temperatureTenths: 364, symptoms: [], certificates: expired, checkedOn: '2026-02-28' }).passed).toBe(true);
  });

  it('reads temperatures exactly in tenths, refusing the malformed and the impossible', () => {
    expect(temperatureTenths('36.5')).toBe(365);
    expect(temperatureTenths(' 37 ')).toBe(370);
    expect(temperatureTenths('38.2')).toBe(382);
    for (const bad of ['36.55', '3.65', '-36', '365', '', '36,5', '1e1'])
      expect(code(() => temperatureTenths(bad))).toBe('BAD_USER_INPUT:temperature');
    expect(code(() => temperatureTenths('33.9'))).toBe('BAD_USER_INPUT:temperature');
    expect(code(() => temperatureTenths('43.1'))).toBe('BAD_USER_INPUT:temperature');
    expect(formatTenths(382)).toBe('38.2');
    expect(formatTenths(370)).toBe('37.0');
  });
});
