import { describeSchema } from '@houqin/testing';
import { createSafetySubgraph } from '../src/subgraph';

describeSchema(createSafetySubgraph());
