import { registerEnumType } from 'type-graphql';

/** The GraphQL twin of health.rules' CertificateState. */
export enum CertificateStateValue {
  NOT_YET_VALID = 'NOT_YET_VALID',
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CertificateStateValue, {
  name: 'HealthCertificateState',
  description: 'Where a health certificate (健康证) stands today.',
  valuesConfig: {
    NOT_YET_VALID: { description: 'Its issue day is still to come.' },
    VALID: { description: 'Valid, and not within the notice days of its expiry.' },
    EXPIRING: { description: "Valid, but expiring within the district's notice days (default 30): renew it (即将到期)." },
    EXPIRED: { description: 'Expired (已过期): the holder cannot pass a morning check.' },
  },
});
