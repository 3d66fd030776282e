import './tracing';
import 'reflect-metadata';
import { runSubgraph } from '@houqin/subgraph-kit';
import { createSafetySubgraph, loadSafetyConfig } from './subgraph';

void runSubgraph(createSafetySubgraph(), loadSafetyConfig());
