import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { CanteenStep } from '../workflow-step.entity';
import { MenuWeek, MenuWeekStatus } from './menu.entity';

const { DRAFT, PUBLISHED } = MenuWeekStatus;

/**
 * A weekly menu's life (docs/canteen.md prints the diagram): saved as a draft, saved again as often
 * as the planner likes, then published for parents (食谱公示) — once, and never changed after.
 */
export const menuWeekFlow = defineFlow({
  name: 'MenuWeek',
  subjectType: 'MENU_WEEK',
  noun: 'menu week',
  auditPrefix: 'menuWeek',
  states: [DRAFT, PUBLISHED],
  entity: MenuWeek,
  stepEntity: CanteenStep,
  transitions: {
    SAVED: { from: [], to: [DRAFT], permission: P.saveMenuWeek, audit: 'create' },
    REVISED: { from: [DRAFT], to: [DRAFT], permission: P.saveMenuWeek, audit: 'revise' },
    PUBLISHED: { from: [DRAFT], to: [PUBLISHED], permission: P.publishMenuWeek, audit: 'publish' },
  },
});
