// Knowledge library: knowledge records with Thai full-text search, categories, learning centres and model villages, their files and demo data.
export type {
  Category,
  LearningCentre,
  ModelVillage,
  ModelVillageKind,
  RecordDetail,
  RecordStatus,
  RecordSummary,
} from "./contracts";
export { MODEL_VILLAGE_KIND_NAMES, MODEL_VILLAGE_KINDS, RECORD_STATUSES } from "./contracts";
export { createLearningCentre } from "./create-learning-centre";
export { createModelVillage } from "./create-model-village";
export { createRecord } from "./create-record";
export { getRecord } from "./get-record";
export { listCategories } from "./list-categories";
export { getLearningCentre, listLearningCentres } from "./read-learning-centres";
export { getModelVillage, listModelVillages } from "./read-model-villages";
export { saveCategory } from "./save-category";
export { searchRecords } from "./search-records";
export { seedKnowledgeDemo } from "./seed-knowledge-demo";
export { type HighlightPart, highlight, parseQuery, searchWords, snippet } from "./thai-search";
export { updateLearningCentre } from "./update-learning-centre";
export { updateModelVillage } from "./update-model-village";
export { updateRecord } from "./update-record";
export { uploadKnowledgeAttachment } from "./upload-attachment";
