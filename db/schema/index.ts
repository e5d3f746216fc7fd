// Every table of Kaejon, in one place for drizzle-kit; modules reach them through their repositories.

export * from "./attachments";
export * from "./complaints";
export * from "./core";
export * from "./debt-centre";
export * from "./debt-centre-welfare";
export * from "./funds";
export * from "./governance";
export * from "./households";
export * from "./kkj";
export * from "./knowledge";
export * from "./livelihoods";
export * from "./loans";
export * from "./monitoring";
export * from "./poverty-cases";
export * from "./poverty-progress";
export * from "./poverty-targets";
export * from "./reports";
export * from "./savings-groups";
