import './tracing';
import 'reflect-metadata';
import { runSubgraph } from '@houqin/subgraph-kit';
import { createCanteenSubgraph, loadCanteenConfig } from './subgraph';

void runSubgraph(createCanteenSubgraph(), loadCanteenConfig());
