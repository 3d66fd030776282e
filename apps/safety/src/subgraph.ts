import { directoryCopyEntities, DirectoryCopyService, directoryCopySql } from '@houqin/directory-copy';
import { eventEntities, eventsExtension } from '@houqin/events';
import { schedulerEntities, schedulerExtension } from '@houqin/scheduler';
import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import { SAFETY_PORT } from './config';
import type { SafetyContext } from './context';
import { Campus } from './federation/campus';
import { Room } from './federation/room';
import { School } from './federation/school';
import { Staff } from './federation/staff';
import { UserAccount, UserAccountSafetyResolver } from './federation/user-account';
import { safetyMigrations } from './migrations';
import { P } from './permissions';
import { seedSafetyDemo } from './demo/seed';
import { SafetyStep } from './workflow-step.entity';
import { safetyConsumer } from './events/safety.consumer';
import { SafetyDeadLetterResolver } from './events/dead-letters';
// Each concept adds its imports below its own heading (resolvers load in this order: it is the schema's field order).
// settings/
import { SafetySettings } from './settings/safety-settings.entity';
import { SafetySettingsResolver } from './settings/safety-settings.resolver';
import { SafetySettingsService } from './settings/safety-settings.service';
// room-copy/
import { KnownRoom } from './room-copy/known-room.entity';
import { roomCopySql } from './room-copy/room-copy.store';
// zone/
import { SafetyZone, SafetyZoneRoom } from './zone/zone.entity';
import { RoomZoneResolver, SafetyZoneResolver } from './zone/zone.resolver';
import { ZoneService } from './zone/zone.service';
import { zoneSql } from './zone/zone.store';
// inspection/
import {
  InspectionAnswer,
  InspectionRound,
  InspectionSchedule,
  InspectionTemplate,
  InspectionTemplateVersion,
} from './inspection/inspection.entity';
import {
  InspectionAnswerResolver,
  InspectionRoundResolver,
  InspectionScheduleResolver,
  InspectionTemplateResolver,
  SchoolInspectionResolver,
} from './inspection/inspection.resolver';
import { InspectionService } from './inspection/inspection.service';
import { inspectionSql } from './inspection/inspection.store';
import { inspectionRoundsJob } from './inspection/inspection.job';
// equipment/
import { SafetyEquipment, SafetyEquipmentRecord } from './equipment/equipment.entity';
import { SafetyEquipmentRecordResolver, SafetyEquipmentResolver, SchoolEquipmentResolver } from './equipment/equipment.resolver';
import { EquipmentService } from './equipment/equipment.service';
import { equipmentSql } from './equipment/equipment.store';
import { equipmentHazardJob } from './equipment/equipment.job';
// training/
import { SafetyDrill, TrainingAnnouncement, TrainingRecord, TrainingRequirement } from './training/training.entity';
import {
  SafetyDrillResolver,
  SchoolTrainingResolver,
  StaffTrainingResolver,
  TrainingCompliancePersonResolver,
  TrainingRequirementResolver,
} from './training/training.resolver';
import { TrainingService } from './training/training.service';
import { trainingSql } from './training/training.store';
import { trainingExpirySql } from './training/training-expiry.store';
import { trainingExpiryJob } from './training/training-expiry.job';
// action-item/, meeting/, incident/
import { SafetyActionItem } from './action-item/action-item.entity';
import { SafetyActionItemResolver } from './action-item/action-item.resolver';
import { ActionItemService } from './action-item/action-item.service';
import { actionItemSql } from './action-item/action-item.store';
import { SafetyMeeting } from './meeting/meeting.entity';
import { SafetyMeetingResolver } from './meeting/meeting.resolver';
import { MeetingService } from './meeting/meeting.service';
import { SafetyIncident } from './incident/incident.entity';
import { SafetyIncidentResolver, SchoolIncidentResolver } from './incident/incident.resolver';
import { IncidentService } from './incident/incident.service';
import { incidentSql } from './incident/incident.store';
// patrol/
import { SafetyPatrol } from './patrol/patrol.entity';
import { SafetyPatrolResolver, SchoolPatrolResolver, ZonePatrolResolver } from './patrol/patrol.resolver';
import { PatrolService } from './patrol/patrol.service';
import { patrolSql } from './patrol/patrol.store';
// hazard/
import { Hazard } from './hazard/hazard.entity';
import { HazardResolver, RoomHazardsResolver, SchoolHazardsResolver, StaffHazardsResolver } from './hazard/hazard.resolver';
import { HazardService } from './hazard/hazard.service';
import { hazardSql } from './hazard/hazard.store';
import { hazardOverdueJob } from './hazard/hazard.job';

export { safetyEnvSpec, loadSafetyConfig } from './config';
export type { SafetyContext } from './context';
// For the benchmark's EXPLAIN of the statements behind the district's reports (tools/bench/safety.ts).
export { hazardReader, hazardSql } from './hazard/hazard.store';
export { inspectionSql } from './inspection/inspection.store';

/** Every table of the safety database. */
export const safetyEntities = [
  SafetyStep,
  ...directoryCopyEntities,
  // room-copy/
  KnownRoom,
  // zone/
  SafetyZone,
  SafetyZoneRoom,
  // inspection/
  InspectionTemplate,
  InspectionTemplateVersion,
  InspectionSchedule,
  InspectionRound,
  InspectionAnswer,
  // equipment/
  SafetyEquipment,
  SafetyEquipmentRecord,
  // training/
  TrainingRequirement,
  TrainingRecord,
  TrainingAnnouncement,
  SafetyDrill,
  // action-item/, meeting/, incident/
  SafetyActionItem,
  SafetyMeeting,
  SafetyIncident,
  // patrol/
  SafetyPatrol,
  // settings/
  SafetySettings,
  // hazard/
  Hazard,
  // The outbox it publishes from and the inbox of what it consumed; its scheduled jobs' leases.
  ...eventEntities,
  ...schedulerEntities,
];

/** Safety's scheduled jobs (docs/scheduler.md). */
export const safetyJobs = [hazardOverdueJob, inspectionRoundsJob, equipmentHazardJob, trainingExpiryJob];

export interface SafetyOptions {
  /** The clock "today" is read from; the real one by default. */
  now?: () => Date;
}

/**
 * The safety subgraph (安全管理): responsibility zones, inspection templates and rounds, hazards and
 * their rectification, safety equipment, training and drills, safety meetings and incidents. Extends
 * the directory's `School`, `Campus`, `Staff` and `UserAccount`, and facilities' `Room`.
 */
export function createSafetySubgraph(options: SafetyOptions = {}): SubgraphDefinition<SafetyContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'safety',
    defaultPort: SAFETY_PORT,
    resolvers: [
      // settings/
      SafetySettingsResolver,
      // zone/
      SafetyZoneResolver,
      RoomZoneResolver,
      // inspection/
      InspectionTemplateResolver,
      InspectionScheduleResolver,
      InspectionRoundResolver,
      InspectionAnswerResolver,
      SchoolInspectionResolver,
      // equipment/
      SafetyEquipmentResolver,
      SafetyEquipmentRecordResolver,
      SchoolEquipmentResolver,
      // training/
      TrainingRequirementResolver,
      TrainingCompliancePersonResolver,
      SafetyDrillResolver,
      StaffTrainingResolver,
      SchoolTrainingResolver,
      // action-item/, meeting/, incident/
      SafetyActionItemResolver,
      SafetyMeetingResolver,
      SafetyIncidentResolver,
      SchoolIncidentResolver,
      SafetyPatrolResolver,
      ZonePatrolResolver,
      SchoolPatrolResolver,
      // hazard/
      HazardResolver,
      SchoolHazardsResolver,
      StaffHazardsResolver,
      RoomHazardsResolver,
      UserAccountSafetyResolver,
      // events/: the dead letters of what safety consumes
      SafetyDeadLetterResolver,
    ],
    orphanedTypes: [School, Campus, Staff, Room, UserAccount],
    entities: safetyEntities,
    migrations: safetyMigrations,
    sqlStores: [
      // one per concept store
      directoryCopySql,
      roomCopySql,
      zoneSql,
      inspectionSql,
      equipmentSql,
      trainingSql,
      trainingExpirySql,
      actionItemSql,
      incidentSql,
      patrolSql,
      hazardSql,
    ],
    permissions: P,
    createContext(base) {
      // Services reach each other through ctx at call time (a round raises hazards), so the order here does not matter.
      const ctx = { ...base, now } as SafetyContext;
      ctx.directoryCopy = new DirectoryCopyService(ctx);
      ctx.settings = new SafetySettingsService(ctx);
      ctx.zones = new ZoneService(ctx);
      ctx.inspections = new InspectionService(ctx);
      ctx.equipment = new EquipmentService(ctx);
      ctx.training = new TrainingService(ctx);
      ctx.actionItems = new ActionItemService(ctx);
      ctx.meetings = new MeetingService(ctx);
      ctx.incidents = new IncidentService(ctx);
      ctx.patrols = new PatrolService(ctx);
      ctx.hazards = new HazardService(ctx);
      return ctx;
    },
    seedDemo: seedSafetyDemo,
    extensions: [
      // The relay delivers safety's outbox; the consumer keeps its copy of the directory's facts.
      eventsExtension({ consumer: safetyConsumer }),
      schedulerExtension({ jobs: safetyJobs }),
    ],
  };
}
