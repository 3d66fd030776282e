import './tracing';
import 'reflect-metadata';
import { runSubgraph } from '@houqin/subgraph-kit';
import { createFacilitiesSubgraph, loadFacilitiesConfig } from './subgraph';

void runSubgraph(createFacilitiesSubgraph(), loadFacilitiesConfig());
