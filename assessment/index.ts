/**
 * Hearth's assessment frameworks and rules: versioned, sourced data and pure functions.
 * No React, database, HTTP or clock in here; functions that need "today" take it as a parameter.
 */
export * from "./types";
export * from "./scale";
export * from "./taxonomy";
export * from "./dates";
export * from "./sources";
export * from "./registry";
export * from "./resources";
export * from "./scoring";
export * from "./evidence";
export * from "./comparison";
export * from "./benchmark";
export * from "./signposting";
export * from "./journey";
export * from "./results";
export * from "./offers";
export * from "./overview";
export * from "./vocabulary";
export * from "./integrity";
export { offerTemplateV1 } from "./frameworks/provider-offer-v1";
export { offerTemplateV2 } from "./frameworks/provider-offer-v2";
export * from "./team";
export * from "./public-progress";
