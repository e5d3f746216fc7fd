// Demo data for a first start: villages from the seed articles, households, จปฐ. records, one account per role.
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_VILLAGES } from "./demo-data";
export { type SeedSummary, seedDemo } from "./seed-demo";
