import { graphql } from '../../graphql';

/** The school's terms (学期), latest first: the appraisal is per term. */
export const AppraisalTermsQuery = graphql(`
  query AppraisalTerms($schoolId: ID!) {
    school(id: $schoolId) {
      id
      terms {
        id
        name
        startsOn
        endsOn
      }
    }
  }
`);

/** A person's figures for a term now, with the evidence, and their appraisals for it (the history). */
export const StaffAppraisalQuery = graphql(`
  query StaffAppraisal($staffId: ID!, $termId: ID!, $schoolId: ID!) {
    staffAppraisalFigures(staffId: $staffId, termId: $termId) {
      from
      to
      asOf
      tasks {
        due
        onTime
        late
        notDone
      }
      checks {
        checked
        doneWell
        done
        notDone
      }
      ratings {
        rated
        total
        average
      }
      dueTime {
        due
        onTime
        late
      }
      scores {
        taskCompletion
        checkResults
        ratings
        dueTime
        total
      }
      suggestedGrade
      evidence {
        category
        outcome
        subjectType
        subjectId
        day
        value
      }
      evidenceTruncated
    }
    staffAppraisals(filter: { schoolId: $schoolId, staffId: $staffId, termId: $termId }, first: 20) {
      nodes {
        id
        grade
        comment
        status
        score
        proposedAt
        confirmedAt
        confirmComment
        version
      }
    }
  }
`);

export const ProposeStaffAppraisalMutation = graphql(`
  mutation ProposeStaffAppraisal($input: ProposeStaffAppraisalInput!) {
    proposeStaffAppraisal(input: $input) {
      id
    }
  }
`);

export const ConfirmStaffAppraisalMutation = graphql(`
  mutation ConfirmStaffAppraisal($input: ConfirmStaffAppraisalInput!) {
    confirmStaffAppraisal(input: $input) {
      id
    }
  }
`);
