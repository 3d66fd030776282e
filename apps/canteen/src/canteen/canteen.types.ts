import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Canteen } from './canteen.entity';

@ObjectType({ description: 'A page of canteens (食堂).' })
export class CanteenConnection extends Connection(Canteen, 'Canteen') {}
