import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { SafetyZone } from './zone.entity';

@ObjectType({ description: 'A page of responsibility zones (责任区域).' })
export class SafetyZoneConnection extends Connection(SafetyZone, 'SafetyZone') {}
