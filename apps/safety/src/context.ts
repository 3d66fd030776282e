import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { DirectoryCopyService } from '@houqin/directory-copy';
import type { EquipmentService } from './equipment/equipment.service';
import type { ActionItemService } from './action-item/action-item.service';
import type { HazardService } from './hazard/hazard.service';
import type { IncidentService } from './incident/incident.service';
import type { MeetingService } from './meeting/meeting.service';
import type { TrainingService } from './training/training.service';
import type { InspectionService } from './inspection/inspection.service';
import type { SafetySettingsService } from './settings/safety-settings.service';
import type { ZoneService } from './zone/zone.service';
import type { PatrolService } from './patrol/patrol.service';

/**
 * Per-request context of the safety subgraph: one instance of each concept's service. Each concept
 * adds its own line (and its construction in subgraph.ts's createContext).
 */
export interface SafetyContext extends SubgraphContext {
  /** The clock every "today" is read from (deadlines, due rounds, expiries); tests pass a fixed one. */
  now: () => Date;
  /** Safety's copy of the directory's schools, campuses, staff and school calendars (@houqin/directory-copy). */
  directoryCopy: DirectoryCopyService;
  /** The district's safety settings (安全设置): levels, deadlines, drills, reporting time, expiry notices (settings/). */
  settings: SafetySettingsService;
  /** Responsibility zones (责任区域) and the rooms in them; `placeIn` checks where a record is (zone/). */
  zones: ZoneService;
  /** Patrols of the zones (区域巡查) against their frequency; findings become hazards (patrol/). */
  patrols: PatrolService;
  /** Inspection templates, schedules and rounds (安全检查); a submitted round's failed items become hazards (inspection/). */
  inspections: InspectionService;
  /** Safety equipment (消防器材) on the GB 50444 schedule: register, checks, services, scrapping (equipment/). */
  equipment: EquipmentService;
  /** Training (培训) and drills (演练): requirements per post, records, compliance, drill gaps (training/). */
  training: TrainingService;
  /** Action items (落实事项) of meetings and incidents, tracked to done (action-item/). */
  actionItems: ActionItemService;
  /** Safety meetings (安全工作会议) and their decisions (meeting/). */
  meetings: MeetingService;
  /** Incidents (安全事故/事件): report, investigation, report to the district, closing (incident/). */
  incidents: IncidentService;
  /** Hazards (隐患) and their rectification (整改): report, five fixes, rectify, verify, close; the register (hazard/). */
  hazards: HazardService;
}
