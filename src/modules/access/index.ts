// Access control: accounts, passwords, sessions, sign-in with lock-out, and user management.
export { changePassword } from "./change-password";
export { LOGIN_POLICY, type LogInResult, logIn } from "./log-in";
export { logOut } from "./log-out";
export { createUser, getUser, listUsers, updateUser } from "./manage-users";
export { actorOf, describeUser } from "./me";
export { hashPassword } from "./passwords";
export { type ResolvedSession, resolveSession } from "./resolve-session";
export { CSRF_HEADER, SESSION_COOKIE } from "./sessions";
