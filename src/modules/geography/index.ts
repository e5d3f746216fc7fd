// Geography: the DOPA area tree (reference data) and the villages users create in it.
export { getAreaDetail, listChildren, listTopAreas, searchAreas, toArea } from "./areas";
export { createVillage } from "./create-village";
export { addHouseholdCounts, findArea, findAreas } from "./geography.repository";
export { loadReferenceAreas, readReferenceAreas } from "./load-reference-areas";
