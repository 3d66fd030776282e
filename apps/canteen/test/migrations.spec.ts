import { describeSchema } from '@houqin/testing';
import { createCanteenSubgraph } from '../src/subgraph';

describeSchema(createCanteenSubgraph());
