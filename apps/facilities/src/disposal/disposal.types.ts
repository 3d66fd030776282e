import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { AssetDisposal } from './disposal.entity';

@ObjectType({ description: 'A page of disposal requests.' })
export class AssetDisposalConnection extends Connection(AssetDisposal, 'AssetDisposal') {}
