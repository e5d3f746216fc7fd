// Adds a member (name, role, phone) to a supporting organisation.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { type Organisation, type OrganisationMemberInput, organisationMemberInputSchema } from "./contracts";
import { parseInput } from "./livelihood-inputs";
import { insertOrganisationMember, type MemberRow } from "./livelihoods.repository";
import { getOrganisation, loadOrganisation } from "./read-organisations";

export async function addOrganisationMember(
  deps: Deps,
  organisationId: string,
  body: OrganisationMemberInput,
): Promise<Organisation> {
  const input = parseInput(organisationMemberInputSchema, body);
  const org = await loadOrganisation(deps, organisationId, "livelihoods.write");
  const member: MemberRow = {
    id: deps.ids.uuid(),
    organisationId: org.id,
    name: input.name,
    role: input.role,
    phone: input.phone ?? null,
    createdAt: deps.clock.now(),
  };
  await inTransaction(deps.db, async (tx) => {
    await insertOrganisationMember(tx, member);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.organisation_member_added",
        entityType: "livelihood_org",
        entityId: org.id,
        areaCode: org.areaCode,
        after: { name: member.name, role: member.role },
      },
    );
  });
  return getOrganisation(deps, org.id);
}
