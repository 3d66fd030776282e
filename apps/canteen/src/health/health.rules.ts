import { badInput, daysLeft, expiryAnnouncement } from '@houqin/common';
import { LIMITS } from '../settings/settings.rules';
import { MorningCheckFailure, type MorningCheckSymptom } from './health.entity';

/** Days before its last valid day a health certificate counts as expiring, unless the district sets otherwise. */
export const DEFAULT_CERTIFICATE_NOTICE_DAYS = 30;
/** The longest notice a district may set (settings' limit): how far ahead the expiry job looks. */
export const CERTIFICATE_NOTICE_MAX_DAYS = LIMITS.certificateNoticeDays.max;

/** 37.3 ℃ and above is a fever at a morning check (晨检): the person is kept away from food. */
export const FEVER_FROM_TENTHS = 373;
/** Temperatures a thermometer can honestly give a living person; anything else is a typing error. */
export const TEMPERATURE_MIN_TENTHS = 340;
export const TEMPERATURE_MAX_TENTHS = 430;

export type CertificateState = 'NOT_YET_VALID' | 'VALID' | 'EXPIRING' | 'EXPIRED';

export interface CertificateDates {
  issuedOn: string;
  expiresOn: string;
}

/**
 * A certificate's state on `today`: NOT_YET_VALID before its issue day, EXPIRED after its last valid
 * day, EXPIRING within `noticeDays` of that day (the day itself included), else VALID.
 */
export function certificateState(
  certificate: CertificateDates,
  today: string,
  noticeDays = DEFAULT_CERTIFICATE_NOTICE_DAYS,
): CertificateState {
  if (today < certificate.issuedOn) return 'NOT_YET_VALID';
  const left = daysLeft(certificate.expiresOn, today);
  if (left < 0) return 'EXPIRED';
  return left <= noticeDays ? 'EXPIRING' : 'VALID';
}

/** True when the certificate covers `day`: issued on or before it, last valid on or after it. */
export const validOn = (certificate: CertificateDates, day: string) => certificate.issuedOn <= day && day <= certificate.expiresOn;

/**
 * What the certificate-expiry job announces of a certificate on `today`: EXPIRED from the day after
 * its last valid day, EXPIRING from `noticeDays` before it, nothing before that.
 */
export const announcementOn = (expiresOn: string, today: string, noticeDays = DEFAULT_CERTIFICATE_NOTICE_DAYS) =>
  expiryAnnouncement(expiresOn, today, noticeDays);

/** A new certificate's dates: the expiry after the issue, the issue not in the future. */
export function checkCertificateDates(certificate: CertificateDates, today: string): void {
  if (certificate.issuedOn > today) throw badInput('issuedOn', 'issuedOn is in the future: record a certificate once it is issued.');
  if (certificate.expiresOn <= certificate.issuedOn) throw badInput('expiresOn', 'expiresOn must be after issuedOn.');
}

/** A certificate number as printed: letters, digits and '-' only, upper-cased. */
export function normalCertificateNumber(number: string): string {
  const normal = number.trim().toUpperCase();
  if (!/^[A-Z0-9-]{4,40}$/.test(normal)) throw badInput('number', 'number must be 4 to 40 letters, digits or "-".');
  return normal;
}

/**
 * A temperature typed in degrees Celsius ("36.5", "37", at most one decimal place) as tenths of a
 * degree, exactly; out of 34.0–43.0 ℃ or malformed is BAD_USER_INPUT on `field`.
 */
export function temperatureTenths(text: string, field = 'temperature'): number {
  const match = /^(\d{2})(?:\.(\d))?$/.exec(text.trim());
  if (!match) throw badInput(field, `${field} must be degrees Celsius with at most one decimal place, e.g. "36.5".`);
  const tenths = Number(match[1]) * 10 + Number(match[2] ?? '0');
  if (tenths < TEMPERATURE_MIN_TENTHS || tenths > TEMPERATURE_MAX_TENTHS)
    throw badInput(field, `${field} must be between 34.0 and 43.0 ℃; check the thermometer.`);
  return tenths;
}

/** Tenths of a degree as text, e.g. 382 → "38.2". */
export const formatTenths = (tenths: number) => `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}`;

export interface MorningCheckFacts {
  temperatureTenths: number;
  symptoms: readonly MorningCheckSymptom[];
  /** The person's certificates (any order); the one valid on the day lets them pass. */
  certificates: readonly CertificateDates[];
  checkedOn: string;
}

/**
 * The pass rule of the morning check (晨检): a temperature under 37.3 ℃, no symptom, and a health
 * certificate valid on the day. Every reason that fails is listed, none hidden behind the first.
 */
export function morningCheckOutcome(facts: MorningCheckFacts): { passed: boolean; failures: MorningCheckFailure[] } {
  const failures: MorningCheckFailure[] = [];
  if (facts.temperatureTenths >= FEVER_FROM_TENTHS) failures.push(MorningCheckFailure.TEMPERATURE);
  if (facts.symptoms.length > 0) failures.push(MorningCheckFailure.SYMPTOM);
  if (facts.certificates.length === 0) failures.push(MorningCheckFailure.NO_CERTIFICATE);
  else if (!facts.certificates.some((c) => validOn(c, facts.checkedOn))) failures.push(MorningCheckFailure.CERTIFICATE_EXPIRED);
  return { passed: failures.length === 0, failures };
}

/** The certificate of a person that counts on `day`: the one valid that day lasting longest, else the latest to expire. */
export function currentCertificate<C extends CertificateDates>(certificates: readonly C[], day: string): C | null {
  const byExpiry = [...certificates].sort((a, b) => b.expiresOn.localeCompare(a.expiresOn));
  return byExpiry.find((c) => validOn(c, day)) ?? byExpiry.find((c) => c.issuedOn <= day) ?? byExpiry[0] ?? null;
}
