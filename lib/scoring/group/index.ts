export * from "./aggregate";
export * from "./consensus";
export * from "./disagreement";
