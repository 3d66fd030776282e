import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import type { AuthSettings, DirectoryContext } from './context';
import { directoryEntities } from './entities';
import { mountViewerRoute } from './internal-viewer';
import { directoryMigrations } from './migrations';
import { AccountResolver, RoleGrantResolver } from './resolvers/account.resolver';
import { CampusAssignmentResolver, CampusResolver } from './resolvers/campus.resolver';
import { SchoolResolver } from './resolvers/school.resolver';
import { StaffResolver } from './resolvers/staff.resolver';
import { LoginThrottle } from './login-throttle';
import { seedDirectoryDemo } from './seed/demo';
import { DIRECTORY_PORT } from './config';
import { AccountService } from './services/account.service';
import { CampusService } from './services/campus.service';
import { SchoolService } from './services/school.service';
import { StaffService } from './services/staff.service';

export { loadDirectoryConfig, authSettings, directoryEnvSpec } from './config';
export type { DirectoryContext, AuthSettings } from './context';

/**
 * The directory subgraph: district, schools, campuses, staff, accounts and roles. Owns the
 * `School`, `Campus` and `Staff` entities that every other subgraph extends.
 */
export function createDirectorySubgraph(settings: AuthSettings): SubgraphDefinition<DirectoryContext> {
  // One per process: it must outlive the request to count failures across requests.
  const throttle = new LoginThrottle(settings.loginMaxFailures, settings.loginLockSeconds);
  return {
    name: 'directory',
    defaultPort: DIRECTORY_PORT,
    resolvers: [SchoolResolver, CampusResolver, CampusAssignmentResolver, StaffResolver, AccountResolver, RoleGrantResolver],
    entities: directoryEntities,
    migrations: directoryMigrations,
    createContext(base) {
      const schools = new SchoolService(base);
      return {
        ...base,
        schools,
        campuses: new CampusService(base, schools),
        staff: new StaffService(base, schools),
        accounts: new AccountService(base, settings, schools, throttle),
      };
    },
    referenceResolvers: {
      School: (ref, ctx) => ctx.schools.byId(ref.id),
      Campus: (ref, ctx) => ctx.campuses.byId(ref.id),
      Staff: (ref, ctx) => ctx.staff.byId(ref.id),
    },
    seedDemo: (dataSource, logger) => seedDirectoryDemo(dataSource, logger, settings.passwordHashCost),
    routes: (router, deps) => mountViewerRoute(router, deps),
  };
}
