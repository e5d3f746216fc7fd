// Households: the register, members with protected citizen IDs, yearly จปฐ. records, and file import.
export {
  criterionSchema,
  listCriteria,
  loadDefaultCriteria,
  setCriterion,
  setCriterionBodySchema,
} from "./bmn-criteria";
export { createHousehold, createHouseholdBatch } from "./create-households";
export { importHouseholds } from "./import-households";
export { householdTemplateCsv, householdTemplateXlsx, IMPORT_COLUMNS } from "./import-layout";
export { type ImportTable, readImportTable } from "./import-parse";
export { findHouseholdArea, getHousehold, listHouseholds } from "./read-households";
export { recordBmn } from "./record-bmn";
