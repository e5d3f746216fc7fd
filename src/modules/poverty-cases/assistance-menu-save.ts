// Adds or changes an item of a province's assistance menu, validated by the menu rules against the province's agencies.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { conflict } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { parseMenu } from "./assistance-menu";
import { assertProvinceAccess, isUuid, MENU_ITEM } from "./case-access";
import type { MenuItemBody, MenuItemView } from "./case-contracts";
import { toMenuItem } from "./case-views";
import {
  findMenuItem,
  findMenuItemByCode,
  insertMenuItem,
  selectAgencies,
  updateMenuItem,
} from "./cases.repository";

/** Creates the item (no `itemId`) or replaces an existing one's fields; the code stays unique in the province. */
export async function saveMenuItem(deps: Deps, body: MenuItemBody, itemId?: string): Promise<MenuItemView> {
  assertProvinceAccess(deps, body.areaCode, "poverty.configure");
  return inTransaction(deps.db, async (tx) => {
    const agencies = (await selectAgencies(tx, body.areaCode)).map((a) => ({
      code: a.id,
      name: { th: a.nameTh, en: a.nameEn ?? a.nameTh },
    }));
    // The menu rules name the agency by code; here the agency's id plays that part.
    const [item] = parseMenu(
      [
        {
          code: body.code,
          name: { th: body.nameTh, en: body.nameEn },
          dimension: body.dimension,
          agency: body.agencyId,
          unitValueSatang: body.unitValueSatang,
          unit: body.unit,
          stages: body.stages,
          eligibilityNotes: body.eligibilityNotes,
        },
      ],
      agencies,
    );
    const parsed = item!;
    const existing = itemId ? (isUuid(itemId) ? await findMenuItem(tx, itemId) : undefined) : undefined;
    if (itemId && (!existing || existing.areaCode !== body.areaCode)) throw outOfScope(MENU_ITEM);
    const sameCode = await findMenuItemByCode(tx, body.areaCode, parsed.code);
    if (sameCode && sameCode.id !== existing?.id) {
      throw conflict(
        "poverty.menu_code_exists",
        { th: `code: เมนูของจังหวัดมีรหัส ${parsed.code} อยู่แล้ว`, en: `code: the menu already has ${parsed.code}` },
        { field: "code" },
      );
    }
    const now = deps.clock.now();
    const fields = {
      code: parsed.code,
      nameTh: parsed.name.th,
      nameEn: parsed.name.en,
      dimension: parsed.dimension,
      agencyId: parsed.agency,
      unitValueSatang: parsed.unitValueSatang,
      unit: parsed.unit,
      stages: parsed.stages,
      eligibilityNotes: parsed.eligibilityNotes,
      isActive: body.isActive ?? existing?.isActive ?? true,
      updatedAt: now,
    };
    const t = { ...deps, db: tx };
    if (existing) {
      await updateMenuItem(tx, existing.id, fields);
      const after = toMenuItem({ ...existing, ...fields });
      await recordAudit(t, {
        action: "poverty.menu_item_changed",
        entityType: "pov_menu_item",
        entityId: existing.id,
        areaCode: existing.areaCode,
        before: toMenuItem(existing),
        after,
      });
      return after;
    }
    const row = { id: deps.ids.uuid(), areaCode: body.areaCode, createdAt: now, ...fields };
    await insertMenuItem(tx, row);
    const view = toMenuItem(row);
    await recordAudit(t, {
      action: "poverty.menu_item_created",
      entityType: "pov_menu_item",
      entityId: row.id,
      areaCode: row.areaCode,
      after: view,
    });
    return view;
  });
}
