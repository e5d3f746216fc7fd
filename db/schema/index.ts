// Every table of Kaejon, in one place for drizzle-kit; modules reach them through their repositories.
export * from "./core";
export * from "./debt-centre";
export * from "./funds";
export * from "./households";
export * from "./kkj";
export * from "./loans";
export * from "./reports";
