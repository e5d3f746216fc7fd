// Community livelihoods (สัมมาชีพชุมชน, domain §9): supporting organisations and their members, action plans of
// a sub-district or village per fiscal year moving through the five steps with dated evidence, target and model
// livelihood households, village lecturer teams, trainings with participants, and households' links to funds
// outside Kaejon. Evidence files are attachments owned by the evidence entry (owner type "livelihood_evidence").
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { household } from "./households";

/** A supporting organisation (ศอช.อ., กพสอ., ชมรมอาสาพัฒนาชุมชน, เครือข่ายกลุ่มออมทรัพย์ or another). */
export const lhOrganisation = pgTable(
  "lh_organisation",
  {
    id: uuid("id").primaryKey(),
    /** Usually a district (อำเภอ); any area level. */
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    /** community_council | women_committee | cd_volunteers | savings_network | other. */
    kind: varchar("kind", { length: 24 }).notNull(),
    name: text("name").notNull(),
    /** What it supports (ภารกิจ), in the organisation's own words. */
    mission: text("mission").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lh_organisation_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id)],
);

export const lhOrganisationMember = pgTable(
  "lh_organisation_member",
  {
    id: uuid("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => lhOrganisation.id),
    name: text("name").notNull(),
    /** chair | vice_chair | secretary | treasurer | member | advisor. */
    role: varchar("role", { length: 16 }).notNull(),
    phone: varchar("phone", { length: 32 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lh_organisation_member_org_idx").on(t.organisationId, t.createdAt)],
);

/** An action plan of a sub-district (6 digits) or village (8 digits) for a fiscal year (B.E.). */
export const lhPlan = pgTable(
  "lh_plan",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    fiscalYear: smallint("fiscal_year").notNull(),
    title: text("title").notNull(),
    /** prepare | plan | act | evaluate | summarise | completed. */
    step: varchar("step", { length: 16 }).notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("lh_plan_area_year_uq").on(t.areaCode, t.fiscalYear),
    index("lh_plan_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.fiscalYear, t.id),
    check("lh_plan_level", sql`length(${t.areaCode}) IN (6, 8)`),
  ],
);

/** When a plan entered and left each step (the step history of the five-step cycle). */
export const lhPlanStep = pgTable(
  "lh_plan_step",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => lhPlan.id),
    step: varchar("step", { length: 16 }).notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    completedOn: date("completed_on", { mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.step] })],
);

/** Dated evidence of the work done at one step of a plan (text; files as attachments). */
export const lhEvidence = pgTable(
  "lh_evidence",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => lhPlan.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    step: varchar("step", { length: 16 }).notNull(),
    evidenceOn: date("evidence_on", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lh_evidence_plan_idx").on(t.planId, t.step, t.evidenceOn, t.id)],
);

/** A target livelihood household of a plan; `is_model` marks a model household (ครัวเรือนสัมมาชีพตัวอย่าง). */
export const lhTargetHousehold = pgTable(
  "lh_target_household",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => lhPlan.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    occupation: text("occupation").notNull(),
    isModel: boolean("is_model").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("lh_target_household_uq").on(t.planId, t.householdId),
    index("lh_target_household_household_idx").on(t.householdId),
  ],
);

/** A village lecturer team (ทีมวิทยากรสัมมาชีพชุมชน). */
export const lhLecturerTeam = pgTable(
  "lh_lecturer_team",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    name: text("name").notNull(),
    formedOn: date("formed_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("lh_lecturer_team_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.id),
    check("lh_lecturer_team_village", sql`length(${t.areaCode}) = 8`),
  ],
);

export const lhLecturer = pgTable(
  "lh_lecturer",
  {
    id: uuid("id").primaryKey(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => lhLecturerTeam.id),
    name: text("name").notNull(),
    /** leader | member. */
    role: varchar("role", { length: 16 }).notNull(),
    expertise: text("expertise").notNull(),
    householdId: uuid("household_id").references(() => household.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lh_lecturer_team_idx").on(t.teamId, t.createdAt)],
);

/** A training (การฝึกอบรมอาชีพ) in an area, optionally under a plan. */
export const lhTraining = pgTable(
  "lh_training",
  {
    id: uuid("id").primaryKey(),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    planId: uuid("plan_id").references(() => lhPlan.id),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    topic: text("topic").notNull(),
    place: text("place").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("lh_training_area_idx").using("btree", sql`${t.areaCode} varchar_pattern_ops`, t.heldOn, t.id),
  ],
);

export const lhTrainingLecturer = pgTable(
  "lh_training_lecturer",
  {
    trainingId: uuid("training_id")
      .notNull()
      .references(() => lhTraining.id),
    lecturerId: uuid("lecturer_id")
      .notNull()
      .references(() => lhLecturer.id),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.lecturerId] })],
);

export const lhTrainingParticipant = pgTable(
  "lh_training_participant",
  {
    trainingId: uuid("training_id")
      .notNull()
      .references(() => lhTraining.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    /** The member who attended, as written on the sign-in sheet. */
    participantName: text("participant_name").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.householdId, t.participantName] }),
    index("lh_training_participant_household_idx").on(t.householdId),
  ],
);

/** A household's access to a fund outside Kaejon (funds in Kaejon are read from loans and funds). */
export const lhFundLink = pgTable(
  "lh_fund_link",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => household.id),
    areaCode: varchar("area_code", { length: 8 }).notNull(),
    fundName: text("fund_name").notNull(),
    /** member | borrower | grant. */
    accessKind: varchar("access_kind", { length: 16 }).notNull(),
    since: date("since", { mode: "string" }).notNull(),
    note: text("note").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("lh_fund_link_household_idx").on(t.householdId, t.since)],
);
