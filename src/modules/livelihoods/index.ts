// Livelihoods (สัมมาชีพชุมชน): supporting organisations, five-step action plans with evidence, target and model households, lecturer teams, trainings and households' fund access.
export { addEvidence } from "./add-evidence";
export { addFundLink } from "./add-fund-link";
export { addOrganisationMember } from "./add-organisation-member";
export { addTargetHousehold } from "./add-target-household";
export { advancePlan } from "./advance-plan";
export type { LecturerTeam, Organisation, PlanDetail, PlanSummary, Training } from "./contracts";
export { createLecturerTeam } from "./create-lecturer-team";
export { createOrganisation } from "./create-organisation";
export { createPlan } from "./create-plan";
export { getHouseholdFundAccess } from "./household-funds";
export {
  advanceRefusal,
  nextState,
  ORGANISATION_KIND_NAMES,
  ORGANISATION_KINDS,
  PLAN_STEPS,
  type PlanStep,
  STEP_NAMES,
} from "./livelihood-rules";
export { getOrganisation, listOrganisations } from "./read-organisations";
export { getPlan, listPlans } from "./read-plans";
export { listTeams } from "./read-teams";
export { listTrainings } from "./read-trainings";
export { recordTraining } from "./record-training";
export { seedLivelihoodsDemo } from "./seed-livelihoods-demo";
