import { frameworks } from "../../assessment";

/** Every framework's statements and level descriptors, whole, to look for where they must not be. */
export function allFrameworkTextSamples(): string[] {
  return frameworks.flatMap((f) => f.domains.flatMap((d) => d.indicators.flatMap((i) => [i.statement, ...i.levels.map((l) => l.descriptor)])));
}
