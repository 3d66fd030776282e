import { describeSchema } from '@houqin/testing';
import { createFinanceSubgraph } from '../src/subgraph';

describeSchema(createFinanceSubgraph());
