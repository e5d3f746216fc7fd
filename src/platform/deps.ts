// The dependencies every use case receives explicitly: no globals, no container.
import type { Actor } from "../shared/actor";
import type { Clock } from "./clock";
import type { FieldCrypto } from "./crypto";
import type { Executor } from "./database";
import type { Ids } from "./ids";
import type { Logger } from "./logger";

export interface Deps {
  db: Executor;
  clock: Clock;
  ids: Ids;
  crypto: FieldCrypto;
  logger: Logger;
  actor: Actor;
  requestId?: string | undefined;
}

/** The same dependencies acting as someone else (e.g. the HTTP layer binds the signed-in user). */
export function withActor(
  deps: Omit<Deps, "actor"> & { actor?: Actor },
  actor: Actor,
  requestId?: string,
): Deps {
  return { ...deps, actor, requestId };
}

/** The same dependencies inside a transaction. */
export function withExecutor(deps: Deps, db: Executor): Deps {
  return { ...deps, db };
}
