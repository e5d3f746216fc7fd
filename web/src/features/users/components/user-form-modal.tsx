// The create/edit account dialog; loaded only when an administrator opens it.
import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { User } from "../../../../../src/shared/contracts/users";
import { useLanguage } from "../../../lib/i18n";
import { UserForm } from "./user-form";

interface UserFormModalProps {
  /** The account to change; omitted to create one. */
  user?: User | undefined;
  onClose: () => void;
  onSaved: (user: User) => void;
}

export function UserFormModal({ user, onClose, onSaved }: UserFormModalProps) {
  const { t } = useLanguage();
  const isPhone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t("user.editTitle", { username: user.username }) : t("user.createTitle")}
      size="lg"
      fullScreen={isPhone}
    >
      <UserForm key={user?.id ?? "new"} user={user} onCancel={onClose} onDone={onSaved} />
    </Modal>
  );
}
