import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from './health.entity';

@ObjectType({ description: 'A page of a canteen staff roster.' })
export class CanteenStaffMemberConnection extends Connection(CanteenStaffMember, 'CanteenStaffMember') {}

@ObjectType({ description: 'A page of health certificates (健康证).' })
export class HealthCertificateConnection extends Connection(HealthCertificate, 'HealthCertificate') {}

@ObjectType({ description: 'A page of morning checks (晨检).' })
export class MorningCheckConnection extends Connection(MorningCheck, 'MorningCheck') {}
