// User account queries and changes.
import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { CreateUserBody, User } from "../../../../src/shared/contracts/users";
import type { Role } from "../../../../src/shared/roles";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;

export const userKeys = {
  all: ["users"] as const,
  list: (q: string) => [...userKeys.all, "list", q] as const,
};

export const usersQuery = (q: string) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(q),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<User>>("/api/users", { q, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export interface UpdateUserBody {
  displayName?: string;
  role?: Role;
  scopeCode?: string;
  position?: string | null;
  isActive?: boolean;
  unlock?: boolean;
  newPassword?: string;
}

export function createUser(body: CreateUserBody): Promise<User> {
  return api.post<User>("/api/users", body);
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return api.patch<User>(`/api/users/${encodeURIComponent(id)}`, body);
}
