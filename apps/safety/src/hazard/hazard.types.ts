import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Hazard } from './hazard.entity';

@ObjectType({ description: 'A page of the hazard register (隐患台账).' })
export class HazardConnection extends Connection(Hazard, 'Hazard') {}
