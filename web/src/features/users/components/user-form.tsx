// Create an account, or change one: name, role, area scope, position, status, unlock, password reset.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { CreateUserBody, User } from "../../../../../src/shared/contracts/users";
import {
  COMMITTEE_POSITIONS,
  ROLE_NAMES,
  ROLE_SCOPE_LEVEL,
  type Role,
} from "../../../../../src/shared/roles";
import { ErrorAlert } from "../../../components/error-alert";
import { areaDetailQuery } from "../../../lib/area-queries";
import { useAreaLabels } from "../../../lib/areas";
import { focusFirstInvalid } from "../../../lib/focus";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { createUser, type UpdateUserBody, updateUser, userKeys } from "../api";
import {
  grantableRoles,
  isUuid,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  scopeProblem,
  USERNAME_PATTERN,
} from "../user-rules";

interface Fields {
  username: string;
  displayName: string;
  role: Role;
  scopeCode: string;
  householdId: string;
  position: string;
  password: string;
  isActive: boolean;
  unlock: boolean;
}

type FieldErrors = Partial<Record<keyof Fields, string>>;

function ScopePreview({ code }: { code: string }) {
  const { t } = useLanguage();
  const labels = useAreaLabels();
  const [debounced] = useDebouncedValue(code, 300);
  const valid = /^(\d{2}|\d{4}|\d{6}|\d{8})$/.test(debounced);
  const detail = useQuery({ ...areaDetailQuery(debounced), enabled: valid, retry: false });
  if (code === "") return <Text size="xs">{t("area.wholeCountry")}</Text>;
  if (!valid || detail.isPending) return null;
  if (detail.isError) {
    return (
      <Text size="xs" c="red">
        {t("user.scopeUnknown")}
      </Text>
    );
  }
  return <Text size="xs">{labels.address([...detail.data.ancestors, detail.data.area])}</Text>;
}

interface UserFormProps {
  /** The account to change; omitted to create one. */
  user?: User;
  onDone: (user: User) => void;
  onCancel: () => void;
}

export function UserForm({ user, onDone, onCancel }: UserFormProps) {
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const queryClient = useQueryClient();
  const isEdit = user !== undefined;
  const isSelf = user?.id === me.id;
  const [fields, setFields] = useState<Fields>(() => ({
    username: user?.username ?? "",
    displayName: user?.displayName ?? "",
    role: user?.role ?? "subdistrict_worker",
    scopeCode: user?.scopeCode ?? me.scopeCode,
    householdId: user?.householdId ?? "",
    position: user?.position ?? "",
    password: "",
    isActive: user?.isActive ?? true,
    unlock: false,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: async (): Promise<User> => {
      if (!user) {
        const body: CreateUserBody = {
          username: fields.username.trim(),
          displayName: fields.displayName.trim(),
          role: fields.role,
          scopeCode: fields.scopeCode,
          password: fields.password,
        };
        if (fields.position.trim()) body.position = fields.position.trim();
        if (fields.role === "household_member") body.householdId = fields.householdId.trim();
        return createUser(body);
      }
      const patch: UpdateUserBody = {};
      if (fields.displayName.trim() !== user.displayName) patch.displayName = fields.displayName.trim();
      if (fields.role !== user.role) patch.role = fields.role;
      if (fields.scopeCode !== user.scopeCode) patch.scopeCode = fields.scopeCode;
      const position = fields.position.trim() || null;
      if (position !== user.position) patch.position = position;
      if (fields.isActive !== user.isActive) patch.isActive = fields.isActive;
      if (fields.unlock) patch.unlock = true;
      if (fields.password) patch.newPassword = fields.password;
      return updateUser(user.id, patch);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onDone(saved);
    },
  });

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const roles = grantableRoles(me.role);
  if (user && !roles.includes(user.role)) roles.push(user.role);
  const scopeLevel = ROLE_SCOPE_LEVEL[fields.role];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    const username = isEdit ? (user?.username ?? "") : fields.username.trim();
    if (!isEdit && !USERNAME_PATTERN.test(username)) next.username = t("user.usernameInvalid");
    if (!fields.displayName.trim()) next.displayName = t("user.displayNameRequired");
    else if (fields.displayName.trim().length > 120)
      next.displayName = t("validation.maxLength", { max: 120 });
    const scope = scopeProblem(fields.role, fields.scopeCode, me.scopeCode);
    if (scope)
      next.scopeCode = t(`user.scopeProblem.${scope}`, { level: t(`user.scopeLevel.${scopeLevel}`) });
    if (!isEdit && fields.role === "household_member" && !isUuid(fields.householdId.trim())) {
      next.householdId = t("user.householdIdInvalid");
    }
    if (fields.position.trim().length > 120) next.position = t("validation.maxLength", { max: 120 });
    if (!isEdit || fields.password) {
      const problem = passwordProblem(fields.password, username);
      if (problem) next.password = t(`user.passwordProblem.${problem}`, { min: PASSWORD_MIN_LENGTH });
    }
    setErrors(next);
    if (Object.keys(next).length === 0) mutation.mutate();
    else focusFirstInvalid(event.currentTarget as HTMLFormElement);
  };

  const positionInput =
    fields.role === "committee_member" ? (
      <NativeSelect
        label={t("user.position")}
        data={[
          { value: "", label: t("user.noPosition") },
          ...COMMITTEE_POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) })),
        ]}
        value={fields.position}
        onChange={(e) => set("position", e.currentTarget.value)}
        error={errors.position}
      />
    ) : (
      <TextInput
        label={t("user.position")}
        value={fields.position}
        onChange={(e) => set("position", e.currentTarget.value)}
        error={errors.position}
      />
    );

  return (
    <form onSubmit={submit} noValidate data-testid="user-form">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("user.username")}
            description={isEdit ? undefined : t("user.usernameHint")}
            value={fields.username}
            onChange={(e) => set("username", e.currentTarget.value.toLowerCase())}
            disabled={isEdit}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            error={errors.username}
            required
            data-testid="user-username"
          />
          <TextInput
            label={t("user.displayName")}
            value={fields.displayName}
            onChange={(e) => set("displayName", e.currentTarget.value)}
            error={errors.displayName}
            required
            data-testid="user-display-name"
          />
          <NativeSelect
            label={t("user.role")}
            data={roles.map((r) => ({ value: r, label: ROLE_NAMES[r][lang] }))}
            value={fields.role}
            onChange={(e) => set("role", e.currentTarget.value as Role)}
            disabled={isSelf}
            required
            data-testid="user-role"
          />
          <div>
            <TextInput
              label={t("user.scope")}
              description={t(`user.scopeHint.${scopeLevel}`)}
              value={fields.scopeCode}
              onChange={(e) => set("scopeCode", e.currentTarget.value.replace(/\D/g, ""))}
              inputMode="numeric"
              maxLength={8}
              disabled={isSelf}
              error={errors.scopeCode}
              data-testid="user-scope"
            />
            {can("areas.read") && <ScopePreview code={fields.scopeCode} />}
          </div>
          {!isEdit && fields.role === "household_member" && (
            <TextInput
              label={t("user.householdId")}
              description={t("user.householdIdHint")}
              value={fields.householdId}
              onChange={(e) => set("householdId", e.currentTarget.value)}
              error={errors.householdId}
              required
            />
          )}
          {positionInput}
          <PasswordInput
            label={isEdit ? t("user.newPassword") : t("user.password")}
            description={
              isEdit ? t("user.newPasswordHint") : t("user.passwordHint", { min: PASSWORD_MIN_LENGTH })
            }
            value={fields.password}
            onChange={(e) => set("password", e.currentTarget.value)}
            autoComplete="new-password"
            error={errors.password}
            required={!isEdit}
            data-testid="user-password"
          />
        </SimpleGrid>
        {isEdit && (
          <Stack gap="xs">
            <Switch
              label={t("user.isActive")}
              checked={fields.isActive}
              onChange={(e) => set("isActive", e.currentTarget.checked)}
              disabled={isSelf}
            />
            {user?.isLocked && (
              <Checkbox
                label={t("user.unlock")}
                checked={fields.unlock}
                onChange={(e) => set("unlock", e.currentTarget.checked)}
              />
            )}
            {isSelf && (
              <Alert color="gray" variant="light">
                {t("user.selfNote")}
              </Alert>
            )}
          </Stack>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="user-submit">
            {isEdit ? t("common.save") : t("user.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
