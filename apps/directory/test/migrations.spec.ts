import { describeSchema } from '@houqin/testing';
import { directoryDefinition } from './support';

describeSchema(directoryDefinition());
