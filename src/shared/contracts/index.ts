// The request and response shapes shared by the server and the web app.
export * from "./areas";
export * from "./auth";
export * from "./common";
export * from "./households";
export * from "./users";
