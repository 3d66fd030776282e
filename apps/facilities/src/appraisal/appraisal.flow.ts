import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { StaffAppraisal, StaffAppraisalStatus } from './appraisal.entity';

const { PROPOSED, CONFIRMED, SUPERSEDED } = StaffAppraisalStatus;

/** The steps of a term appraisal (FacilitiesStep.action). */
export enum StaffAppraisalAction {
  /** The general-affairs director proposed the grade (拟定), with the figures then. */
  PROPOSED = 'PROPOSED',
  /** The principal confirmed it (确认); never the proposer. */
  CONFIRMED = 'CONFIRMED',
  /** A later proposal for the same person and term took its place; it is kept as it was. */
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * A term appraisal (考核): proposed by the director, confirmed by the principal (separation of duties:
 * the account that proposed it may not confirm it, even one holding both roles), superseded by a new
 * proposal for the same person and term — from PROPOSED or CONFIRMED, by whoever may propose. Nothing
 * is edited: a superseded appraisal keeps its grade, comment and figures.
 */
export const staffAppraisalFlow = defineFlow({
  name: 'StaffAppraisal',
  subjectType: 'STAFF_APPRAISAL',
  noun: 'appraisal',
  auditPrefix: 'staffAppraisal',
  states: Object.values(StaffAppraisalStatus),
  entity: StaffAppraisal,
  stepEntity: FacilitiesStep,
  transitions: {
    [StaffAppraisalAction.PROPOSED]: { from: [], to: [PROPOSED], permission: P.proposeStaffAppraisal, audit: 'propose' },
    [StaffAppraisalAction.CONFIRMED]: {
      from: [PROPOSED],
      to: [CONFIRMED],
      permission: P.confirmStaffAppraisal,
      audit: 'confirm',
      separate: { who: (appraisal) => appraisal.proposedByAccountId, reason: 'You proposed this appraisal', doing: 'confirm' },
    },
    [StaffAppraisalAction.SUPERSEDED]: {
      from: [PROPOSED, CONFIRMED],
      to: [SUPERSEDED],
      permission: P.proposeStaffAppraisal,
      audit: 'supersede',
    },
  },
});
