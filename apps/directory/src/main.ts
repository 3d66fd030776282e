import './tracing';
import 'reflect-metadata';
import { runSubgraph } from '@houqin/subgraph-kit';
import { authSettings, createDirectorySubgraph, loadDirectoryConfig, webhookSettings } from './subgraph';

const config = loadDirectoryConfig();
void runSubgraph(createDirectorySubgraph(authSettings(config), webhookSettings(config)), config);
