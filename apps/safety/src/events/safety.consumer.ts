import { composeHandlers, defineConsumer } from '@houqin/events';
import { directoryCopyHandlers } from '@houqin/directory-copy';
import { hazardHandlers } from '../hazard/hazard.handlers';
import { roomCopyHandlers } from '../room-copy/room-copy.handlers';

/**
 * What safety does with other services' events: keeps its copy of the directory's facts (schools,
 * campuses, staff, school calendars) and of facilities' rooms, and takes back a hazard's repair from facilities. Each concept
 * that consumes an event adds its handlers here. The types it handles are listed under `safety` in
 * SUBSCRIPTIONS (libs/events/src/catalogue.ts).
 */
export const safetyConsumer = defineConsumer('safety', {
  handlers: composeHandlers(directoryCopyHandlers, roomCopyHandlers, hazardHandlers),
});
