import { describeSchema } from '@houqin/testing';
import { createFacilitiesSubgraph } from '../src/subgraph';

describeSchema(createFacilitiesSubgraph());
