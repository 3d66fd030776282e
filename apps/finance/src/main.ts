import './tracing';
import 'reflect-metadata';
import { runSubgraph } from '@houqin/subgraph-kit';
import { createFinanceSubgraph, loadFinanceConfig } from './subgraph';

void runSubgraph(createFinanceSubgraph(), loadFinanceConfig());
