export { directoryCopyEntities, KnownCampus, KnownSchool, KnownSchoolTerm, KnownStaff } from './directory-copy.entity';
export { applyFacts, directoryCopyHandlers } from './directory-copy.handlers';
export { directoryCopySql, updateIfNewer, type Facts } from './directory-copy.store';
export { DirectoryCopyService, timeZoneIn, timeZonesIn, type DirectoryCopyContext } from './directory-copy.service';
export { applyDemoDirectory, demoDirectoryEvents } from './demo-directory';
