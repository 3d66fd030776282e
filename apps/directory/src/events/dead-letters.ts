import { deadLetterResolver } from '@houqin/events';
import type { DirectoryContext } from '../context';
import { School } from '../school/school.entity';

/**
 * The directory's dead letters in the graph: `directoryDeadLetters` and `replayDirectoryDeadLetter`
 * (rules spread into permissions.ts), each letter with its school loaded from the directory itself.
 */
export const DirectoryDeadLetterResolver = deadLetterResolver<DirectoryContext>('directory', {
  school: { type: School, load: (ctx, schoolId) => ctx.schools.reader.byId(schoolId) },
});
